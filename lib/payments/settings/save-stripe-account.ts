import { and, eq } from 'drizzle-orm';
import { paymentGateways } from '@/db/schema';
import { seal } from '@/lib/crypto/secret-box';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { secretKeyMode, type StripeAccountInput } from './schemas';

/**
 * Saves (or replaces) the organization's Stripe keys, sealed at rest. Only the last four
 * characters of the secret key and the mode are ever shown again, and the audit row holds
 * nothing more.
 */
export async function saveStripeAccount(ctx: OrgContext, input: StripeAccountInput) {
  requirePermission(ctx, 'payments.manage');
  const orgId = ctx.org.id;
  const mode = secretKeyMode(input.secretKey)!;
  const values = {
    publishableKey: input.publishableKey,
    secretKeyEncrypted: seal(input.secretKey),
    webhookSecretEncrypted: seal(input.webhookSecret),
    secretKeyHint: input.secretKey.slice(-4),
    mode,
    isActive: true,
  };
  return ctx.tx(async (tx) => {
    const [before] = await tx
      .select({ mode: paymentGateways.mode, secretKeyHint: paymentGateways.secretKeyHint, publishableKey: paymentGateways.publishableKey })
      .from(paymentGateways)
      .where(and(eq(paymentGateways.organizationId, orgId), eq(paymentGateways.provider, 'stripe')))
      .for('update');
    const [row] = await tx
      .insert(paymentGateways)
      .values({ organizationId: orgId, provider: 'stripe', ...values })
      .onConflictDoUpdate({ target: [paymentGateways.organizationId, paymentGateways.provider], set: { ...values, updatedAt: new Date() } })
      .returning({ id: paymentGateways.id });
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: before ? 'payment_gateway.updated' : 'payment_gateway.connected',
      entityType: 'payment_gateway',
      entityId: row!.id,
      oldValues: before ? { provider: 'stripe', mode: before.mode, secretKeyHint: before.secretKeyHint, publishableKey: before.publishableKey } : null,
      newValues: { provider: 'stripe', mode, secretKeyHint: values.secretKeyHint, publishableKey: input.publishableKey },
    });
    return { mode, secretKeyHint: values.secretKeyHint };
  });
}
