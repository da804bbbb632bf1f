import { z } from 'zod';
import { FULFILMENT_METHODS, PAYMENT_METHODS } from '@/db/schema/values';
import { Email, PersonName } from '@/lib/account/schemas';

/** Shared by the checkout form's resolver, the server actions and the verbs. */

export const MAX_CHECKOUT_LINES = 100;
export const MAX_LINE_QUANTITY = 10_000;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .nullish()
    .transform((v) => v || null);

const required = (max: number, message: string) => z.string().trim().min(1, message).max(max, `Use at most ${max} characters.`);

export const Phone = z
  .string()
  .trim()
  .min(1, 'Enter a phone number, so the courier can reach you.')
  .max(32, 'Use at most 32 characters.')
  .refine((v) => /^\+?[0-9][0-9 ().-]{4,}$/.test(v), 'Enter a phone number, like +1 212 555 0100.');

export const CheckoutLineInput = z.object({
  variantId: z.string().trim().min(1, 'Choose a product.').max(64),
  quantity: z
    .number({ error: 'Enter a quantity.' })
    .int('Enter a whole number.')
    .min(1, 'Enter at least 1.')
    .max(MAX_LINE_QUANTITY, `Enter at most ${MAX_LINE_QUANTITY}.`),
});
export type CheckoutLineInput = z.infer<typeof CheckoutLineInput>;

const Lines = z
  .array(CheckoutLineInput)
  .min(1, 'Your cart is empty.')
  .max(MAX_CHECKOUT_LINES, `An order can have at most ${MAX_CHECKOUT_LINES} different items.`);

export const OrderAddressInput = z.object({
  fullName: required(100, 'Enter the recipient’s name.'),
  phone: Phone,
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Choose a country.'),
  city: required(100, 'Enter the city.'),
  district: optionalText(100),
  street: required(200, 'Enter the street and house number.'),
  building: optionalText(50),
  apartment: optionalText(50),
  postalCode: optionalText(20),
  instructions: optionalText(500),
});
export type OrderAddressInput = z.infer<typeof OrderAddressInput>;

/** Enough of an address to pick a delivery zone while the shopper is still typing it. */
export const QuoteAddressInput = z.object({
  city: z.string().trim().max(100).default(''),
  district: optionalText(100),
  postalCode: optionalText(20),
});

const CouponCode = z
  .string()
  .trim()
  .max(64, 'That code is too long.')
  .nullish()
  .transform((v) => (v ? v.toUpperCase() : null));

export const QuoteInput = z.object({
  lines: Lines,
  address: QuoteAddressInput.nullish().transform((v) => v ?? null),
  fulfilment: z.enum(FULFILMENT_METHODS).default('delivery'),
  tariffId: z.string().trim().max(64).nullish().transform((v) => v || null),
  couponCode: CouponCode,
  /** For the coupon's per-customer limit (a guest is counted by email). */
  email: z.string().trim().toLowerCase().max(254).nullish().transform((v) => v || null),
  customerId: z.string().trim().max(64).nullish().transform((v) => v || null),
});
export type QuoteInput = z.input<typeof QuoteInput>;
export type ParsedQuoteInput = z.output<typeof QuoteInput>;

export const CheckoutContactInput = z.object({
  email: Email,
  name: PersonName,
  phone: Phone,
});

export const PlaceOrderInput = z
  .object({
    contact: CheckoutContactInput,
    fulfilment: z.enum(FULFILMENT_METHODS, { error: 'Choose delivery or pick-up.' }),
    shippingAddress: OrderAddressInput.nullish().transform((v) => v ?? null),
    tariffId: z.string().trim().max(64).nullish().transform((v) => v || null),
    couponCode: CouponCode,
    paymentMethod: z.enum(PAYMENT_METHODS, { error: 'Choose a payment method.' }),
    customerNote: optionalText(1000),
    lines: Lines,
    /** The total the shopper saw on the review step, in minor units. */
    expectedTotal: z.number({ error: 'Reload the checkout to see the total.' }).int().min(0),
  })
  .superRefine((v, ctx) => {
    if (v.fulfilment !== 'delivery') return;
    if (!v.shippingAddress) ctx.addIssue({ code: 'custom', path: ['shippingAddress'], message: 'Enter a delivery address.' });
    if (!v.tariffId) ctx.addIssue({ code: 'custom', path: ['tariffId'], message: 'Choose a delivery option.' });
  });
export type PlaceOrderInput = z.input<typeof PlaceOrderInput>;
export type ParsedPlaceOrderInput = z.output<typeof PlaceOrderInput>;
