import { z } from 'zod';

/**
 * Settings → Payments and checkout. Client-safe: the forms' resolvers and the server actions
 * share these schemas.
 */
const instructions = z
  .string()
  .trim()
  .max(2000, 'Use at most 2000 characters.')
  .nullish()
  .transform((v) => v || null);

export const CheckoutSettingsInput = z
  .object({
    codEnabled: z.boolean(),
    bankTransferEnabled: z.boolean(),
    bankTransferInstructions: instructions,
    pickupEnabled: z.boolean(),
    pickupInstructions: instructions,
    cardEnabled: z.boolean(),
    pricesIncludeTax: z.boolean(),
    cardPaymentTimeoutMinutes: z.coerce
      .number({ error: 'Enter a number of minutes.' })
      .int('Enter a whole number of minutes.')
      .min(5, 'Enter at least 5 minutes.')
      .max(1440, 'Enter at most 1440 minutes (24 hours).'),
  })
  .superRefine((v, ctx) => {
    if (v.bankTransferEnabled && !v.bankTransferInstructions) {
      ctx.addIssue({ code: 'custom', path: ['bankTransferInstructions'], message: 'Tell shoppers where to send the money (bank, account, reference).' });
    }
    if (!v.codEnabled && !v.bankTransferEnabled && !v.cardEnabled) {
      ctx.addIssue({ code: 'custom', path: ['codEnabled'], message: 'Turn on at least one way to pay.' });
    }
  });
export type CheckoutSettingsInput = z.infer<typeof CheckoutSettingsInput>;

export type StripeMode = 'test' | 'live';

/** pk_test_… / pk_live_…: the mode, or null when it is not a publishable key. */
export function publishableKeyMode(key: string): StripeMode | null {
  const m = /^pk_(test|live)_[A-Za-z0-9]{10,}$/.exec(key);
  return m ? (m[1] as StripeMode) : null;
}

/** sk_test_… / rk_live_… (secret or restricted key): the mode, or null. */
export function secretKeyMode(key: string): StripeMode | null {
  const m = /^(?:sk|rk)_(test|live)_[A-Za-z0-9]{10,}$/.exec(key);
  return m ? (m[1] as StripeMode) : null;
}

export const StripeAccountInput = z
  .object({
    publishableKey: z.string().trim().refine((k) => publishableKeyMode(k) !== null, 'Paste the publishable key: it starts with pk_test_ or pk_live_.'),
    secretKey: z.string().trim().refine((k) => secretKeyMode(k) !== null, 'Paste the secret key: it starts with sk_test_, sk_live_, rk_test_ or rk_live_.'),
    webhookSecret: z.string().trim().regex(/^whsec_[A-Za-z0-9+/=]{10,}$/, 'Paste the webhook signing secret: it starts with whsec_.'),
  })
  .superRefine((v, ctx) => {
    const pk = publishableKeyMode(v.publishableKey);
    const sk = secretKeyMode(v.secretKey);
    if (pk && sk && pk !== sk) {
      ctx.addIssue({ code: 'custom', path: ['secretKey'], message: `The publishable key is a ${pk} key but this is a ${sk} key: use keys from the same mode.` });
    }
  });
export type StripeAccountInput = z.infer<typeof StripeAccountInput>;

export const RemoveStripeAccountInput = z.object({});
export type RemoveStripeAccountInput = z.infer<typeof RemoveStripeAccountInput>;

/** What the webhook endpoint in Stripe must send (Developers → Webhooks → Add endpoint). */
export const STRIPE_WEBHOOK_EVENTS = [
  'checkout.session.completed',
  'checkout.session.expired',
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.canceled',
  'charge.refunded',
  'refund.created',
  'refund.updated',
] as const;
