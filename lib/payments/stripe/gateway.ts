import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { withPlatform } from '@/db/scope';
import { paymentGateways } from '@/db/schema';
import { open } from '@/lib/crypto/secret-box';

export type StripeGateway = { id: string; publishableKey: string | null; secretKey: string; webhookSecret: string; mode: 'test' | 'live' };

/** The organization's active Stripe account with its secrets opened, or null when none is saved. */
export async function loadStripeGateway(tx: Tx, orgId: string): Promise<StripeGateway | null> {
  const [row] = await tx
    .select()
    .from(paymentGateways)
    .where(and(eq(paymentGateways.organizationId, orgId), eq(paymentGateways.provider, 'stripe'), eq(paymentGateways.isActive, true)));
  if (!row) return null;
  return {
    id: row.id,
    publishableKey: row.publishableKey,
    secretKey: open(row.secretKeyEncrypted),
    webhookSecret: open(row.webhookSecretEncrypted),
    mode: row.mode === 'live' ? 'live' : 'test',
  };
}

/**
 * The webhook signing secret of the organization named in the webhook URL. The request is
 * not yet known to come from Stripe, so this reads the one column it needs, before any
 * tenant scope exists; everything after the signature check runs in withOrg.
 */
export async function findStripeWebhookSecret(orgId: string): Promise<string | null> {
  const [row] = await withPlatform((tx) =>
    tx
      .select({ sealed: paymentGateways.webhookSecretEncrypted })
      .from(paymentGateways)
      .where(and(eq(paymentGateways.organizationId, orgId), eq(paymentGateways.provider, 'stripe'), eq(paymentGateways.isActive, true))),
  );
  return row ? open(row.sealed) : null;
}
