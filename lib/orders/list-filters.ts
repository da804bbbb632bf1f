import { z } from 'zod';
import { ORDER_PAYMENT_STATUSES, ORDER_STATUSES, PAYMENT_METHODS } from '@/db/schema/values';
import { PageParam } from '@/lib/server/list-query';

/**
 * The orders list's state as it sits in the URL
 * (`?number=&customer=&status=&payment=&method=&from=&to=&page=`). Client-safe, shared by the page
 * and its filter bar. Anything malformed means "no filter". Dates are whole days in the
 * organization's time zone.
 */
export const ORDERS_PAGE_SIZE = 25;

const isoDate = z.iso.date().optional().catch(undefined);

export const OrderListFilters = z.object({
  /** The order number or its beginning; case and a leading "#" are ignored. */
  number: z
    .string()
    .trim()
    .max(40)
    .transform((v) => v.replace(/^#/, '').trim())
    .catch(''),
  /** Part of the customer's name or email. */
  customer: z.string().trim().max(200).catch(''),
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  payment: z.enum(ORDER_PAYMENT_STATUSES).optional().catch(undefined),
  method: z.enum(PAYMENT_METHODS).optional().catch(undefined),
  from: isoDate,
  to: isoDate,
  page: PageParam,
});
export type OrderListFilters = z.output<typeof OrderListFilters>;

/** The filters as query params (empty ones left out), without the page. */
export function orderFilterParams(filters: Partial<OrderListFilters>): Record<string, string | undefined> {
  return {
    number: filters.number || undefined,
    customer: filters.customer || undefined,
    status: filters.status,
    payment: filters.payment,
    method: filters.method,
    from: filters.from,
    to: filters.to,
  };
}

export function isFiltered(filters: Partial<OrderListFilters>): boolean {
  return Object.values(orderFilterParams(filters)).some(Boolean);
}
