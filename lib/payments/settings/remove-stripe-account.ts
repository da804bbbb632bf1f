import { and, eq } from 'drizzle-orm';
import { checkoutSettings, paymentGateways } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';

/** Deletes the saved Stripe keys and turns card payments off (they cannot be taken without keys). */
export async function removeStripeAccount(ctx: OrgContext) {
  requirePermission(ctx, 'payments.manage');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const [removed] = await tx
      .delete(paymentGateways)
      .where(and(eq(paymentGateways.organizationId, orgId), eq(paymentGateways.provider, 'stripe')))
      .returning({ id: paymentGateways.id, mode: paymentGateways.mode, secretKeyHint: paymentGateways.secretKeyHint });
    if (!removed) throw notFound('Stripe account');
    const cardTurnedOff = await tx
      .update(checkoutSettings)
      .set({ cardEnabled: false, updatedAt: new Date() })
      .where(and(eq(checkoutSettings.organizationId, orgId), eq(checkoutSettings.cardEnabled, true)))
      .returning({ id: checkoutSettings.id });
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'payment_gateway.removed',
      entityType: 'payment_gateway',
      entityId: removed.id,
      oldValues: { provider: 'stripe', mode: removed.mode, secretKeyHint: removed.secretKeyHint, ...(cardTurnedOff.length ? { cardEnabled: true } : {}) },
      newValues: cardTurnedOff.length ? { cardEnabled: false } : null,
    });
    return { removed: true };
  });
}
