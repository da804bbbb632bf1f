import { z } from 'zod';
import { DELIVERY_STATUSES } from '@/db/schema/values';
import { PageParam } from '@/lib/server/list-query';

/** Client-safe: the dashboard's delivery inputs, shared by the forms, the actions and the board's URL. */
export const DELIVERIES_PAGE_SIZE = 25;
export const MAX_REASON_LENGTH = 500;
export const MAX_INSTRUCTIONS_LENGTH = 500;

const Id = z.string().trim().min(1, 'Missing id.').max(64);
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .nullish()
    .transform((v) => v || null);

/** The board's status tabs: every status, plus "open" (not closed yet) and "late" (open and past its estimated time). */
export const DELIVERY_STATUS_FILTERS = ['open', 'late', ...DELIVERY_STATUSES] as const;
export type DeliveryStatusFilter = (typeof DELIVERY_STATUS_FILTERS)[number];

const isoDate = z.iso.date().optional().catch(undefined);

/**
 * The board's state in the URL (`?status=&courier=&zone=&from=&to=&q=&page=`). Anything malformed
 * means "no filter". Dates are whole days (of creation) in the organization's time zone.
 */
export const DeliveryListFilters = z.object({
  status: z.enum(DELIVERY_STATUS_FILTERS).optional().catch(undefined),
  /** A courier's id, or "unassigned". */
  courier: z
    .string()
    .trim()
    .regex(/^(unassigned|cour_[0-9a-z]{1,60})$/)
    .optional()
    .catch(undefined),
  zone: z
    .string()
    .trim()
    .regex(/^dzn_[0-9a-z]{1,60}$/)
    .optional()
    .catch(undefined),
  from: isoDate,
  to: isoDate,
  /** A tracking number or an order number, or a part of either; a leading "#" is ignored. */
  q: z
    .string()
    .trim()
    .max(40)
    .transform((v) => v.replace(/^#/, '').trim())
    .catch(''),
  page: PageParam,
});
export type DeliveryListFilters = z.output<typeof DeliveryListFilters>;

/** The filters as query params (empty ones left out), without the page; `status` as given. */
export function deliveryFilterParams(filters: Partial<DeliveryListFilters>): Record<string, string | undefined> {
  return { status: filters.status, courier: filters.courier, zone: filters.zone, from: filters.from, to: filters.to, q: filters.q || undefined };
}

/** Whether anything but the status tab narrows the list. */
export function hasNarrowingFilters(filters: Partial<DeliveryListFilters>): boolean {
  return Boolean(filters.courier || filters.zone || filters.from || filters.to || filters.q);
}

export const DeliveryIdInput = z.object({ deliveryId: Id });
export type DeliveryIdInput = z.output<typeof DeliveryIdInput>;

export const CreateDeliveryInput = z.object({
  orderId: Id,
  specialInstructions: OptionalText(MAX_INSTRUCTIONS_LENGTH),
  /** Empty: nobody yet (a courier can also be assigned later). */
  courierId: z
    .string()
    .trim()
    .max(64)
    .nullish()
    .transform((v) => v || null),
});
export type CreateDeliveryInput = z.output<typeof CreateDeliveryInput>;

export const AssignDeliveryCourierInput = z.object({
  deliveryId: Id,
  /** null takes the delivery back from its courier. */
  courierId: Id.nullable(),
  /** Who the page showed holding it: a picker left open while someone else reassigned it is refused. */
  expectedCourierId: Id.nullable(),
  reason: OptionalText(MAX_REASON_LENGTH),
});
export type AssignDeliveryCourierInput = z.output<typeof AssignDeliveryCourierInput>;

export const RETURN_REASON_REQUIRED = 'Say why the parcel goes back to the store.';
export const CANCEL_REASON_REQUIRED = 'Say why the delivery is cancelled.';

export const StaffChangeDeliveryStatusInput = z
  .object({
    deliveryId: Id,
    to: z.enum(DELIVERY_STATUSES),
    /** The status the page showed. */
    expectedFrom: z.enum(DELIVERY_STATUSES),
    /** Required to return or cancel, and to mark delivered without the proof the store asks for. */
    reason: OptionalText(MAX_REASON_LENGTH),
  })
  .superRefine((v, ctx) => {
    if (v.to === 'returned' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: RETURN_REASON_REQUIRED });
    if (v.to === 'cancelled' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: CANCEL_REASON_REQUIRED });
  });
export type StaffChangeDeliveryStatusInput = z.output<typeof StaffChangeDeliveryStatusInput>;

/** The courier picker's form: someone must be chosen (taking the delivery back is its own button). */
export const AssignCourierForm = AssignDeliveryCourierInput.extend({ courierId: z.string().trim().min(1, 'Choose a courier.').max(64) });
export type AssignCourierForm = z.output<typeof AssignCourierForm>;
