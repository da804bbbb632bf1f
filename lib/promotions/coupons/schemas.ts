import { z } from 'zod';
import { COUPON_TYPES } from '@/db/schema/values';
import { parseScaled } from '@/lib/catalog/products/units';
import { amountIssues, decimalText } from '@/lib/money/decimal-input';
import { PageParam } from '@/lib/server/list-query';
import { COUPON_STATUSES } from './status';

export const COUPONS_PAGE_SIZE = 25;
export const REDEMPTIONS_PAGE_SIZE = 20;

const Id = z.string().trim().min(1, 'Missing id.').max(64);

/** Whole numbers typed into a text field ('' = no limit). */
const limitText = z
  .string()
  .trim()
  .refine((v) => v === '' || (/^\d{1,9}$/.test(v) && Number(v) >= 1), 'Enter a whole number of 1 or more, or leave it empty for no limit.');

/** A moment as an ISO string ('' = not set); the form turns its local date-time into one before sending. */
const momentText = z
  .string()
  .trim()
  .refine((v) => v === '' || !Number.isNaN(Date.parse(v)), 'Enter a date and time.')
  .transform((v) => (v === '' ? '' : new Date(v).toISOString()));

/** 10 → 1000 basis points; null unless a percentage between 0.01 and 100 with at most 2 decimals. */
export function percentToBps(value: string): number | null {
  const bps = parseScaled(value, 2);
  return bps !== null && bps >= 1 && bps <= 10_000 ? bps : null;
}

const PERCENT_MESSAGE = 'Enter a percentage between 0.01 and 100, with at most 2 decimal places.';

export const CouponFields = z
  .object({
    code: z
      .string()
      .trim()
      .min(1, 'Enter a code.')
      .max(40, 'Use at most 40 characters.')
      .transform((v) => v.toUpperCase())
      .pipe(z.string().regex(/^[A-Z0-9_-]+$/, 'Use letters, digits, - and _ only (no spaces).')),
    name: z.string().trim().min(1, 'Enter a name staff will recognise.').max(100, 'Use at most 100 characters.'),
    description: z.string().trim().max(500, 'Use at most 500 characters.'),
    type: z.enum(COUPON_TYPES, { error: 'Choose a discount type.' }),
    /** Percent for a percentage ("12.5"), an amount for a fixed discount, ignored for free shipping. */
    value: z.string().trim().max(24, 'That value is too large.'),
    minOrderAmount: decimalText(),
    maxDiscountAmount: decimalText(),
    usageLimit: limitText,
    perCustomerLimit: limitText,
    startsAt: momentText,
    endsAt: momentText,
    isActive: z.boolean(),
  })
  .superRefine((c, ctx) => {
    if (c.type === 'percentage' && percentToBps(c.value) === null) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: c.value === '' ? 'Enter the percentage off.' : PERCENT_MESSAGE });
    }
    if (c.type === 'fixed_amount' && !/^\d+(?:[.,]\d*)?$/.test(c.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: c.value === '' ? 'Enter the amount off.' : 'Enter an amount such as 12.50 (digits and one decimal point).' });
    }
    if (c.startsAt && c.endsAt && Date.parse(c.endsAt) <= Date.parse(c.startsAt)) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must be after the start.' });
    }
    if (c.usageLimit && c.perCustomerLimit && Number(c.perCustomerLimit) > Number(c.usageLimit)) {
      ctx.addIssue({ code: 'custom', path: ['perCustomerLimit'], message: 'A customer cannot use it more often than the total limit.' });
    }
  });
export type CouponFields = z.output<typeof CouponFields>;

export const CreateCouponInput = CouponFields;
export type CreateCouponInput = z.output<typeof CreateCouponInput>;

export const UpdateCouponInput = z.intersection(CouponFields, z.object({ couponId: Id }));
export type UpdateCouponInput = z.output<typeof UpdateCouponInput>;

export const CouponIdInput = z.object({ couponId: Id });
export type CouponIdInput = z.output<typeof CouponIdInput>;

export const SetCouponActiveInput = z.object({ couponId: Id, isActive: z.boolean() });
export type SetCouponActiveInput = z.output<typeof SetCouponActiveInput>;

/** Money fields checked against the currency's decimals (the value only for a fixed amount). */
export const COUPON_AMOUNT_FIELDS = ['minOrderAmount', 'maxDiscountAmount'] as const;

/** The coupon form's schema: the same fields, with amounts checked against the currency's decimals. */
export function couponFormSchema(currency: string) {
  const amounts = amountIssues(COUPON_AMOUNT_FIELDS, currency);
  const value = amountIssues(['value'] as const, currency);
  return CouponFields.superRefine((c, ctx) => {
    amounts(c, ctx);
    if (c.type === 'fixed_amount') value(c, ctx);
  });
}
export type CouponFormValues = z.input<typeof CouponFields>;

/** The coupon list's URL state (`?q=&status=&page=`); anything malformed means "no filter". */
export const CouponListFilters = z.object({
  q: z.string().trim().max(100).catch(''),
  status: z.enum(COUPON_STATUSES).optional().catch(undefined),
  page: PageParam,
});
export type CouponListFilters = z.output<typeof CouponListFilters>;

export const RedemptionListInput = z.object({ couponId: Id, page: PageParam });
export type RedemptionListInput = z.output<typeof RedemptionListInput>;

export const CODE_TAKEN = 'Another coupon already uses this code.';
