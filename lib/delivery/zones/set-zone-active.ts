import { eq } from 'drizzle-orm';
import { deliveryZones } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockZone } from './internal';
import type { SetZoneActiveInput } from './schemas';

/** Turns a zone on or off; an inactive zone is skipped when the checkout matches an address. */
export async function setZoneActive(ctx: OrgContext, input: SetZoneActiveInput) {
  requirePermission(ctx, 'delivery.manage');
  return ctx.tx(async (tx) => {
    const zone = await lockZone(tx, ctx.org.id, input.zoneId);
    if (zone.isActive === input.isActive) return { id: zone.id, changed: false };
    await tx.update(deliveryZones).set({ isActive: input.isActive, updatedAt: new Date() }).where(eq(deliveryZones.id, zone.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: input.isActive ? 'delivery_zone.activated' : 'delivery_zone.deactivated',
      entityType: 'delivery_zone',
      entityId: zone.id,
      oldValues: { name: zone.name, isActive: zone.isActive },
      newValues: { name: zone.name, isActive: input.isActive },
    });
    return { id: zone.id, changed: true };
  });
}
