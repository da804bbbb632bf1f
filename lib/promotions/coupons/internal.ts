import 'server-only';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { coupons } from '@/db/schema';
import { parseAmounts } from '@/lib/money/decimal-input';
import { conflict, invalid, notFound, type FieldErrors } from '@/lib/server/errors';
import { CODE_TAKEN, COUPON_AMOUNT_FIELDS, percentToBps, type CouponFields } from './schemas';
import type { CouponStatus } from './status';

/** The live coupon, locked (checkout's conditional UPDATE of used_count queues behind it), or NotFound. */
export async function lockCoupon(tx: Tx, orgId: string, couponId: string) {
  const [row] = await tx
    .select()
    .from(coupons)
    .where(and(eq(coupons.organizationId, orgId), eq(coupons.id, couponId), isNull(coupons.deletedAt)))
    .for('update');
  if (!row) throw notFound('Coupon');
  return row;
}

/** The form's values as columns: money in minor units of `currency`, percent in basis points. */
export function couponColumns(input: CouponFields, currency: string) {
  const { values, problems } = parseAmounts(input, COUPON_AMOUNT_FIELDS, currency);
  const errors: FieldErrors = { ...problems };
  let value = 0;
  if (input.type === 'percentage') value = percentToBps(input.value) ?? 0;
  if (input.type === 'fixed_amount') {
    const fixed = parseAmounts(input, ['value'] as const, currency);
    if (!fixed.ok) Object.assign(errors, fixed.problems);
    else if (!fixed.values.value) errors.value = ['Enter an amount greater than 0.'];
    value = fixed.values.value ?? 0;
  }
  if (Object.keys(errors).length > 0) throw invalid('Please correct the highlighted fields.', errors);
  return {
    code: input.code,
    name: input.name,
    description: input.description || null,
    type: input.type,
    value,
    minOrderAmount: values.minOrderAmount ?? 0,
    maxDiscountAmount: input.type === 'percentage' ? values.maxDiscountAmount : null,
    usageLimit: input.usageLimit ? Number(input.usageLimit) : null,
    perCustomerLimit: input.perCustomerLimit ? Number(input.perCustomerLimit) : null,
    startsAt: input.startsAt ? new Date(input.startsAt) : null,
    endsAt: input.endsAt ? new Date(input.endsAt) : null,
    isActive: input.isActive,
  };
}

/** The partial unique index on (org, code) of live coupons is the race-safe check. */
export function codeConflict(e: unknown): unknown {
  return isUniqueViolation(e, 'coupons_org_code_key') ? conflict(CODE_TAKEN, { code: [CODE_TAKEN] }) : e;
}

/** The WHERE condition for a status filter, matching `couponStatus`. */
export function couponStatusCondition(status: CouponStatus, at: Date): SQL {
  const now = sql`${at.toISOString()}::timestamptz`;
  const expired = sql`(${coupons.endsAt} is not null and ${coupons.endsAt} <= ${now})`;
  const usedUp = sql`(${coupons.usageLimit} is not null and ${coupons.usedCount} >= ${coupons.usageLimit})`;
  const scheduled = sql`(${coupons.startsAt} is not null and ${coupons.startsAt} > ${now})`;
  const on = eq(coupons.isActive, true);
  switch (status) {
    case 'inactive':
      return eq(coupons.isActive, false);
    case 'expired':
      return and(on, expired)!;
    case 'used_up':
      return and(on, sql`not ${expired}`, usedUp)!;
    case 'scheduled':
      return and(on, sql`not ${expired}`, sql`not ${usedUp}`, scheduled)!;
    case 'active':
      return and(on, sql`not ${expired}`, sql`not ${usedUp}`, sql`not ${scheduled}`)!;
  }
}

