import { eq } from 'drizzle-orm';
import { deliveryTariffs } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockTariff } from './internal';
import type { TariffIdInput } from './schemas';

/** Removes a tariff (soft: orders placed with it keep their reference and snapshot). */
export async function deleteTariff(ctx: OrgContext, input: TariffIdInput) {
  requirePermission(ctx, 'delivery.manage');
  return ctx.tx(async (tx) => {
    const tariff = await lockTariff(tx, ctx.org.id, input.tariffId);
    const now = new Date();
    await tx.update(deliveryTariffs).set({ deletedAt: now, updatedAt: now }).where(eq(deliveryTariffs.id, tariff.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'delivery_tariff.deleted',
      entityType: 'delivery_tariff',
      entityId: tariff.id,
      oldValues: { name: tariff.name, zoneId: tariff.zoneId },
    });
    return { id: tariff.id };
  });
}
