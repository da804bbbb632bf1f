import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { checkoutSettings, paymentGateways } from '@/db/schema';

export type EffectiveCheckoutSettings = {
  codEnabled: boolean;
  bankTransferEnabled: boolean;
  bankTransferInstructions: string | null;
  pickupEnabled: boolean;
  pickupInstructions: string | null;
  /** The card switch as saved; `cardAvailable` also needs an active Stripe account. */
  cardEnabled: boolean;
  /** Card payments can be taken: switched on and Stripe keys saved. */
  cardAvailable: boolean;
  pricesIncludeTax: boolean;
  cardPaymentTimeoutMinutes: number;
  /** false when no row was saved and these are the defaults. */
  saved: boolean;
};

export const DEFAULT_CHECKOUT_SETTINGS = {
  codEnabled: true,
  bankTransferEnabled: false,
  bankTransferInstructions: null,
  pickupEnabled: false,
  pickupInstructions: null,
  cardEnabled: false,
  pricesIncludeTax: true,
  cardPaymentTimeoutMinutes: 30,
} as const;

/** The organization's checkout settings, or the defaults when none were saved. Call inside its withOrg transaction. */
export async function getCheckoutSettings(tx: Tx, orgId: string): Promise<EffectiveCheckoutSettings> {
  const [row] = await tx.select().from(checkoutSettings).where(eq(checkoutSettings.organizationId, orgId));
  const [gateway] = await tx
    .select({ id: paymentGateways.id })
    .from(paymentGateways)
    .where(and(eq(paymentGateways.organizationId, orgId), eq(paymentGateways.provider, 'stripe'), eq(paymentGateways.isActive, true)));
  const base = row ?? DEFAULT_CHECKOUT_SETTINGS;
  return {
    codEnabled: base.codEnabled,
    bankTransferEnabled: base.bankTransferEnabled,
    bankTransferInstructions: base.bankTransferInstructions,
    pickupEnabled: base.pickupEnabled,
    pickupInstructions: base.pickupInstructions,
    cardEnabled: base.cardEnabled,
    cardAvailable: base.cardEnabled && Boolean(gateway),
    pricesIncludeTax: base.pricesIncludeTax,
    cardPaymentTimeoutMinutes: base.cardPaymentTimeoutMinutes,
    saved: Boolean(row),
  };
}
