import { eq } from 'drizzle-orm';
import { deliveryZones } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockZone, zoneColumns } from './internal';
import type { UpdateZoneInput } from './schemas';

/** Name, city, districts, postal codes, centre and state of a zone; only what changed is audited. */
export async function updateZone(ctx: OrgContext, { zoneId, ...input }: UpdateZoneInput) {
  requirePermission(ctx, 'delivery.manage');
  return ctx.tx(async (tx) => {
    const before = await lockZone(tx, ctx.org.id, zoneId);
    const next = zoneColumns(input);
    const { oldValues, newValues, changed } = diff(before, next);
    if (!changed) return { id: before.id, changed: false };
    await tx.update(deliveryZones).set({ ...next, updatedAt: new Date() }).where(eq(deliveryZones.id, before.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'delivery_zone.updated',
      entityType: 'delivery_zone',
      entityId: before.id,
      oldValues,
      newValues,
    });
    return { id: before.id, changed: true };
  });
}
