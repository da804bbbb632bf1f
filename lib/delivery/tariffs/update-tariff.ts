import { eq } from 'drizzle-orm';
import { deliveryTariffs } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockTariff, tariffColumns } from './internal';
import type { UpdateTariffInput } from './schemas';

/**
 * Prices, name, estimate and state of a tariff. The amounts are read in the tariff's own
 * currency; orders already placed keep the cost they were quoted (their snapshot).
 */
export async function updateTariff(ctx: OrgContext, { tariffId, ...input }: UpdateTariffInput) {
  requirePermission(ctx, 'delivery.manage');
  return ctx.tx(async (tx) => {
    const before = await lockTariff(tx, ctx.org.id, tariffId);
    const next = tariffColumns(input, before.currency);
    const { oldValues, newValues, changed } = diff(before, next);
    if (!changed) return { id: before.id, changed: false };
    await tx.update(deliveryTariffs).set({ ...next, updatedAt: new Date() }).where(eq(deliveryTariffs.id, before.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'delivery_tariff.updated',
      entityType: 'delivery_tariff',
      entityId: before.id,
      oldValues,
      newValues,
    });
    return { id: before.id, changed: true };
  });
}
