import type { RenderedEmail } from '@/lib/email/send-email';

/** Every background queue, and the data its jobs carry (plain JSON). */
export const QUEUES = {
  sendEmail: 'send-email',
  stripeAutoRefund: 'stripe-auto-refund',
  expireCardOrders: 'expire-card-orders',
  billingGracePeriods: 'billing-grace-periods',
  recheckDomains: 'recheck-domains',
} as const;

export type JobName = (typeof QUEUES)[keyof typeof QUEUES];

export type JobData = {
  'send-email': RenderedEmail;
  'stripe-auto-refund': { organizationId: string; paymentId: string };
  'expire-card-orders': Record<string, never>;
  'billing-grace-periods': Record<string, never>;
  'recheck-domains': Record<string, never>;
};

export const ALL_QUEUES: JobName[] = Object.values(QUEUES);
