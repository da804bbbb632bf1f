import type { PaymentMethod } from '@/db/schema/orders/orders';
import type { Quote } from '@/lib/checkout/quote-checkout';
import type { ActionResult } from '@/lib/server/action';
import type { SavedAddress } from '@/lib/storefront/checkout/addresses';
import type { PlaceCheckoutResult } from '@/lib/storefront/checkout/place-checkout-order';
import type { AddressDraft, ContactStep, PlaceCheckoutOrderInput, QuoteCheckoutInput } from '@/lib/storefront/checkout/schemas';

/** What the checkout page gives the client flow (all plain data). */
export type CheckoutSetup = {
  storeName: string;
  locale: string;
  signedIn: boolean;
  signInHref: string;
  contact: ContactStep;
  savedAddresses: SavedAddress[];
  countries: { value: string; label: string }[];
  defaultCountry: string;
  paymentMethods: PaymentMethod[];
  pickupEnabled: boolean;
  pickupInstructions: string | null;
  initialQuote: Quote;
};

export type CheckoutActions = {
  quote: (input: QuoteCheckoutInput) => Promise<ActionResult<Quote>>;
  place: (input: PlaceCheckoutOrderInput) => Promise<ActionResult<PlaceCheckoutResult>>;
};

export const emptyAddress = (country: string): AddressDraft => ({
  fullName: '',
  phone: '',
  country,
  city: '',
  district: '',
  street: '',
  building: '',
  apartment: '',
  postalCode: '',
  instructions: '',
});

export const PAYMENT_METHOD_TEXT: Record<PaymentMethod, { label: string; description: string }> = {
  card: { label: 'Card', description: 'Pay securely on the next page (Stripe).' },
  cod: { label: 'Cash on delivery', description: 'Pay when you receive your order.' },
  bank_transfer: { label: 'Bank transfer', description: 'We show the bank details after you place the order.' },
};
