import 'server-only';
import type { PaymentMethod } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { loadCheckoutSettings, type EffectiveCheckoutSettings, type LoadedSettings } from './internal';

export type CheckoutOptions = {
  settings: EffectiveCheckoutSettings;
  /** Card is on in the settings and the store's Stripe account is connected and active. */
  cardAvailable: boolean;
  /** The methods a shopper can choose, in display order. */
  paymentMethods: PaymentMethod[];
  pickupEnabled: boolean;
  pricesIncludeTax: boolean;
};

export function paymentMethodsOf({ settings, cardAvailable }: LoadedSettings): PaymentMethod[] {
  return [
    ...(cardAvailable ? (['card'] as const) : []),
    ...(settings.codEnabled ? (['cod'] as const) : []),
    ...(settings.bankTransferEnabled ? (['bank_transfer'] as const) : []),
  ];
}

/** How this store takes orders, for the checkout page. */
export async function getCheckoutOptions(ctx: StorefrontContext): Promise<CheckoutOptions> {
  const loaded = await ctx.tx((tx) => loadCheckoutSettings(tx, ctx.org.id));
  return {
    settings: loaded.settings,
    cardAvailable: loaded.cardAvailable,
    paymentMethods: paymentMethodsOf(loaded),
    pickupEnabled: loaded.settings.pickupEnabled,
    pricesIncludeTax: loaded.settings.pricesIncludeTax,
  };
}
