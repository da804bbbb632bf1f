import { z } from 'zod';
import { COURIER_STATUSES, COURIER_VEHICLES } from '@/db/schema/values';
import { amountIssues, decimalText } from '@/lib/money/decimal-input';
import { PageParam } from '@/lib/server/list-query';

/** Client-safe: the couriers list's URL state and the courier profile form. */
export const COURIERS_PAGE_SIZE = 25;
export const COURIER_ACTIVE_FILTERS = ['active', 'inactive'] as const;

/** `?q=&status=&active=&page=`; anything malformed means "no filter". */
export const CourierListFilters = z.object({
  /** Part of the name, email or phone. */
  q: z.string().trim().max(200).catch(''),
  status: z.enum(COURIER_STATUSES).optional().catch(undefined),
  active: z.enum(COURIER_ACTIVE_FILTERS).optional().catch(undefined),
  page: PageParam,
});
export type CourierListFilters = z.output<typeof CourierListFilters>;

/** The filters as query params (empty ones left out), without the page. */
export function courierFilterParams(filters: Partial<CourierListFilters>): Record<string, string | undefined> {
  return { q: filters.q || undefined, status: filters.status, active: filters.active };
}

export function isFiltered(filters: Partial<CourierListFilters>): boolean {
  return Object.values(courierFilterParams(filters)).some(Boolean);
}

const CourierId = z.string().trim().min(1, 'Missing courier.').max(64);

/** Phone numbers as people type them; at least 6 digits so "+" alone is refused. */
const Phone = z
  .string()
  .trim()
  .max(40, 'Use at most 40 characters.')
  .refine((v) => /^[+()\d\s.-]*$/.test(v), 'Use digits, spaces and + ( ) - only.')
  .refine((v) => v === '' || (v.match(/\d/g)?.length ?? 0) >= 6, 'Enter a phone number with at least 6 digits.');

export const CourierProfileFields = z.object({
  phone: Phone,
  vehicleType: z.enum(COURIER_VEHICLES, { error: 'Choose a vehicle.' }),
  isActive: z.boolean(),
  /** What the store pays per delivered parcel, as decimal text in the courier's currency. */
  feePerDelivery: decimalText('Enter the fee per delivery (0 if none).'),
});

export const UpdateCourierProfileInput = CourierProfileFields.extend({ courierId: CourierId });
export type UpdateCourierProfileInput = z.output<typeof UpdateCourierProfileInput>;
export type CourierProfileFormValues = z.input<typeof CourierProfileFields>;

/** The profile form's schema: the fee is also checked against the currency's decimals. */
export function courierProfileFormSchema(currency: string) {
  return CourierProfileFields.superRefine(amountIssues(['feePerDelivery'] as const, currency));
}
