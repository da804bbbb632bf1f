import 'server-only';
import { and, eq } from 'drizzle-orm';
import { couriers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { refreshCourierStatus } from '@/lib/delivery/couriers/courier-profile';
import { requirePermission } from '@/lib/server/context';
import { conflict } from '@/lib/server/errors';
import type { CourierContext } from './context';
import type { SetOnlineInput } from './schemas';

/** Online: available, or busy while a delivery is under way. Offline: the store stops suggesting them. */
export async function setOnline(cc: CourierContext, { online }: SetOnlineInput) {
  requirePermission(cc, 'courier.work');
  return cc.tx(async (tx) => {
    const where = and(eq(couriers.organizationId, cc.org.id), eq(couriers.id, cc.courier.id));
    const [me] = await tx.select({ isActive: couriers.isActive }).from(couriers).where(where).for('update');
    if (online && !me?.isActive) throw conflict(`${cc.org.name} has paused your courier account. Ask the store to turn it back on.`);
    // Anything but offline lets refreshCourierStatus pick available or busy by the load.
    await tx.update(couriers).set({ status: online ? 'available' : 'offline', lastSeenAt: new Date() }).where(where);
    if (online) await refreshCourierStatus(tx, cc.org.id, cc.courier.id);
    const [after] = await tx.select({ status: couriers.status }).from(couriers).where(where);
    await recordAudit(tx, cc.actor, { organizationId: cc.org.id, action: online ? 'courier.went_online' : 'courier.went_offline', entityType: 'courier', entityId: cc.courier.id });
    return { status: after!.status };
  });
}
