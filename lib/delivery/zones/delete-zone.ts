import { and, eq, isNull } from 'drizzle-orm';
import { deliveryTariffs, deliveryZones } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockZone } from './internal';
import type { ZoneIdInput } from './schemas';

/**
 * Removes a zone and its tariffs from the dashboard and the checkout (soft: placed orders keep
 * pointing at them, and their snapshots already hold what was charged).
 */
export async function deleteZone(ctx: OrgContext, input: ZoneIdInput) {
  requirePermission(ctx, 'delivery.manage');
  return ctx.tx(async (tx) => {
    const zone = await lockZone(tx, ctx.org.id, input.zoneId);
    const now = new Date();
    await tx.update(deliveryZones).set({ deletedAt: now, updatedAt: now }).where(eq(deliveryZones.id, zone.id));
    const tariffs = await tx
      .update(deliveryTariffs)
      .set({ deletedAt: now, updatedAt: now })
      .where(and(eq(deliveryTariffs.organizationId, ctx.org.id), eq(deliveryTariffs.zoneId, zone.id), isNull(deliveryTariffs.deletedAt)))
      .returning({ id: deliveryTariffs.id });
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'delivery_zone.deleted',
      entityType: 'delivery_zone',
      entityId: zone.id,
      oldValues: { name: zone.name, city: zone.city, tariffs: tariffs.length },
    });
    return { id: zone.id, deletedTariffs: tariffs.length };
  });
}
