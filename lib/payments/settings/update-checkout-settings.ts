import { and, eq } from 'drizzle-orm';
import { checkoutSettings, paymentGateways } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid } from '@/lib/server/errors';
import { DEFAULT_CHECKOUT_SETTINGS } from './get-checkout-settings';
import type { CheckoutSettingsInput } from './schemas';

/** Settings → Payments and checkout: which payment methods shoppers see, and how checkout prices. */
export async function updateCheckoutSettings(ctx: OrgContext, input: CheckoutSettingsInput) {
  requirePermission(ctx, 'payments.manage');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    if (input.cardEnabled) {
      const [gateway] = await tx
        .select({ id: paymentGateways.id })
        .from(paymentGateways)
        .where(and(eq(paymentGateways.organizationId, orgId), eq(paymentGateways.provider, 'stripe'), eq(paymentGateways.isActive, true)));
      if (!gateway) throw invalid('Save your Stripe keys before turning on card payments.', { cardEnabled: ['Save your Stripe keys first (below).'] });
    }
    const [existing] = await tx.select().from(checkoutSettings).where(eq(checkoutSettings.organizationId, orgId)).for('update');
    const next = {
      codEnabled: input.codEnabled,
      bankTransferEnabled: input.bankTransferEnabled,
      bankTransferInstructions: input.bankTransferInstructions,
      pickupEnabled: input.pickupEnabled,
      pickupInstructions: input.pickupInstructions,
      cardEnabled: input.cardEnabled,
      pricesIncludeTax: input.pricesIncludeTax,
      cardPaymentTimeoutMinutes: input.cardPaymentTimeoutMinutes,
    };
    const before: typeof next = existing ?? { ...DEFAULT_CHECKOUT_SETTINGS };
    const { oldValues, newValues, changed } = diff(before, next);
    if (existing && !changed) return { changed: false };
    const [row] = await tx
      .insert(checkoutSettings)
      .values({ organizationId: orgId, ...next })
      .onConflictDoUpdate({ target: checkoutSettings.organizationId, set: { ...next, updatedAt: new Date() } })
      .returning({ id: checkoutSettings.id });
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'checkout_settings.updated',
      entityType: 'checkout_settings',
      entityId: row!.id,
      oldValues,
      newValues,
    });
    return { changed: true };
  });
}
