import { z } from 'zod';
import { DOMAIN_STATUSES } from '@/db/schema/values';
import { PageParam } from '@/lib/server/list-query';

/** Where a webhook delivery came from: a tenant's own Stripe account, or the platform's Stripe Billing. */
export const WEBHOOK_SOURCES = ['tenant', 'billing'] as const;
export type WebhookSource = (typeof WEBHOOK_SOURCES)[number];
export const WEBHOOK_SOURCE_LABELS: Record<WebhookSource, string> = { tenant: 'Tenant payments', billing: 'Platform billing' };

// List filters come from the URL: anything malformed falls back to "no filter" instead of failing.
const search = z.string().trim().max(200).catch('');

export const ListWebhookEventsFilters = z.object({
  source: z.enum(WEBHOOK_SOURCES).optional().catch(undefined),
  /** Part of the event type, e.g. "payment_intent" or "invoice.payment_failed". */
  type: search,
  /** Part of the organization's name or slug, or its exact id. */
  org: search,
  page: PageParam,
});
export type ListWebhookEventsFilters = z.infer<typeof ListWebhookEventsFilters>;

export const ListCustomDomainsFilters = z.object({
  q: search,
  status: z.enum(DOMAIN_STATUSES).optional().catch(undefined),
  page: PageParam,
});
export type ListCustomDomainsFilters = z.infer<typeof ListCustomDomainsFilters>;

export const RecheckDomainInput = z.object({ domainId: z.string().min(1).max(64) });
export type RecheckDomainInput = z.infer<typeof RecheckDomainInput>;
