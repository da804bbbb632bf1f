import { z } from 'zod';
import { BILLING_STATUSES } from '@/db/schema/values';
import { PageParam } from '@/lib/server/list-query';

export const StartPlanCheckoutInput = z.object({ plan: z.enum(['basic', 'pro', 'enterprise']) });
export type StartPlanCheckoutInput = z.infer<typeof StartPlanCheckoutInput>;

export const OpenBillingPortalInput = z.object({});
export type OpenBillingPortalInput = z.infer<typeof OpenBillingPortalInput>;

/** /admin/billing filters, from the URL: anything malformed means "no filter". */
export const ListSubscriptionsFilters = z.object({
  status: z.enum(BILLING_STATUSES).optional().catch(undefined),
  page: PageParam,
});
export type ListSubscriptionsFilters = z.infer<typeof ListSubscriptionsFilters>;
