import { z } from 'zod';
import { FULFILMENT_METHODS, PAYMENT_METHODS } from '@/db/schema/values';
import { CheckoutContactInput, OrderAddressInput, PlaceOrderInput } from '@/lib/checkout/schemas';

/**
 * Client-safe: the checkout form's steps and what the storefront's checkout actions accept.
 * Field rules are checkout-core's (lib/checkout/schemas.ts), so a step that passes here passes
 * placeOrder too. The cart lines are not part of the input: the server reads them from the cart.
 */

/** What the checkout actions answer when the cart has nothing to order (the page then sends the shopper to the cart). */
export const EMPTY_CART_MESSAGE = 'Your cart is empty.';

export const ContactStep = CheckoutContactInput;
export type ContactStep = z.input<typeof ContactStep>;

export const ShippingAddressInput = OrderAddressInput;
export type ShippingAddressInput = z.input<typeof OrderAddressInput>;

/** The address fields as the form holds them (strings); the delivery rules are OrderAddressInput's. */
const AddressDraft = z.object({
  fullName: z.string(),
  phone: z.string(),
  country: z.string(),
  city: z.string(),
  district: z.string(),
  street: z.string(),
  building: z.string(),
  apartment: z.string(),
  postalCode: z.string(),
  instructions: z.string(),
});
export type AddressDraft = z.infer<typeof AddressDraft>;

export const FulfilmentStep = z
  .object({
    fulfilment: z.enum(FULFILMENT_METHODS, { error: 'Choose delivery or pick-up.' }),
    /** A saved address id, or 'new' (always 'new' for guests). */
    savedAddressId: z.string(),
    address: AddressDraft,
    saveAddress: z.boolean(),
  })
  .superRefine((v, issue) => {
    if (v.fulfilment !== 'delivery') return;
    const parsed = OrderAddressInput.safeParse(v.address);
    if (!parsed.success) {
      for (const i of parsed.error.issues) issue.addIssue({ code: 'custom', path: ['address', ...i.path.map(String)], message: i.message });
    }
  });
export type FulfilmentStep = z.infer<typeof FulfilmentStep>;

export const DeliveryStep = z.object({ tariffId: z.string().min(1, 'Choose a delivery option.') });
export type DeliveryStep = z.infer<typeof DeliveryStep>;

export const PaymentStep = z.object({
  paymentMethod: z.enum(PAYMENT_METHODS, { error: 'Choose a payment method.' }),
});
export type PaymentStep = z.infer<typeof PaymentStep>;

export const QuoteCheckoutInput = z.object({
  fulfilment: z.enum(FULFILMENT_METHODS),
  address: OrderAddressInput.partial().nullish(),
  tariffId: z.string().max(64).nullish(),
  couponCode: z.string().trim().max(64).nullish(),
  email: z.string().trim().max(254).nullish(),
});
export type QuoteCheckoutInput = z.input<typeof QuoteCheckoutInput>;

/** placeOrder's input without the lines (read from the cart), plus "save this address". */
const { lines: _lines, ...placeOrderShape } = PlaceOrderInput.shape;
export const PlaceCheckoutOrderInput = z
  .object({ ...placeOrderShape, saveAddress: z.boolean().default(false) })
  .superRefine((v, issue) => {
    if (v.fulfilment !== 'delivery') return;
    if (!v.shippingAddress) issue.addIssue({ code: 'custom', path: ['shippingAddress'], message: 'Enter a delivery address.' });
    if (!v.tariffId) issue.addIssue({ code: 'custom', path: ['tariffId'], message: 'Choose a delivery option.' });
  });
export type PlaceCheckoutOrderInput = z.input<typeof PlaceCheckoutOrderInput>;

export const SaveAddressInput = OrderAddressInput.extend({ makeDefault: z.boolean().default(false) });
export type SaveAddressInput = z.input<typeof SaveAddressInput>;

