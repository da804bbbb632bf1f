import 'server-only';
import type { CheckoutSetup } from '@/components/storefront/checkout/types';
import { getCheckoutOptions } from '@/lib/checkout/get-checkout-options';
import { getCustomerProfile } from '@/lib/customers/get-customer-profile';
import { countryOptions } from '@/lib/inventory/warehouses/countries';
import { listSavedAddresses } from './addresses';
import type { CheckoutContext } from './checkout-session';
import { checkoutLines, quoteCart } from './quote-cart';

/** What the checkout page needs, or null for an empty cart. Contact details come from the customer profile when signed in. */
export async function loadCheckoutSetup(ctx: CheckoutContext): Promise<CheckoutSetup | null> {
  const lines = await checkoutLines(ctx).catch(() => null);
  if (!lines) return null;
  const { org, user } = ctx;
  const [options, customer, savedAddresses, initialQuote] = await Promise.all([
    getCheckoutOptions(ctx),
    user ? getCustomerProfile(ctx, user) : null,
    user ? listSavedAddresses({ user }) : [],
    quoteCart(ctx, { fulfilment: 'delivery', address: null }),
  ]);
  return {
    storeName: org.name,
    locale: org.defaultLocale,
    signedIn: Boolean(user),
    signInHref: `/sign-in?callbackUrl=${encodeURIComponent('/checkout')}`,
    contact: {
      email: customer?.email ?? user?.email ?? '',
      name: customer?.name ?? user?.name ?? '',
      phone: customer?.phone ?? user?.phone ?? '',
    },
    savedAddresses,
    countries: countryOptions(),
    defaultCountry: org.address.country ?? '',
    paymentMethods: options.paymentMethods,
    pickupEnabled: options.pickupEnabled,
    pickupInstructions: options.settings.pickupInstructions,
    initialQuote,
  };
}
