import { eq } from 'drizzle-orm';
import { deliveryTariffs } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockTariff } from './internal';
import type { SetTariffActiveInput } from './schemas';

/** Offers or withdraws a tariff at checkout without losing its prices. */
export async function setTariffActive(ctx: OrgContext, input: SetTariffActiveInput) {
  requirePermission(ctx, 'delivery.manage');
  return ctx.tx(async (tx) => {
    const tariff = await lockTariff(tx, ctx.org.id, input.tariffId);
    if (tariff.isActive === input.isActive) return { id: tariff.id, changed: false };
    await tx.update(deliveryTariffs).set({ isActive: input.isActive, updatedAt: new Date() }).where(eq(deliveryTariffs.id, tariff.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: input.isActive ? 'delivery_tariff.activated' : 'delivery_tariff.deactivated',
      entityType: 'delivery_tariff',
      entityId: tariff.id,
      oldValues: { name: tariff.name, isActive: tariff.isActive },
      newValues: { name: tariff.name, isActive: input.isActive },
    });
    return { id: tariff.id, changed: true };
  });
}
