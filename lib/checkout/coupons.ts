import 'server-only';
import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { couponRedemptions, coupons, type Coupon } from '@/db/schema';
import { formatMoney } from '@/lib/money/money';
import { conflict } from '@/lib/server/errors';
import type { PricingCoupon } from './pricing';
import { prepared } from './prepared';

export type CouponShopper = { customerId: string | null; email: string | null };
export type CouponCheck = { coupon: Coupon; error?: undefined } | { coupon?: undefined; error: string };

/** Codes are stored upper-case; what the shopper typed is trimmed and upper-cased. */
export const normalizeCouponCode = (code: string) => code.trim().toUpperCase();

export const toPricingCoupon = (c: Coupon): PricingCoupon => ({ id: c.id, code: c.code, type: c.type, value: c.value, maxDiscountAmount: c.maxDiscountAmount });

export async function findCouponByCode(tx: Tx, orgId: string, code: string): Promise<Coupon | undefined> {
  const [row] = await prepared(
    tx
      .select()
      .from(coupons)
      .where(and(eq(coupons.organizationId, orgId), eq(coupons.code, normalizeCouponCode(code)), isNull(coupons.deletedAt))),
  );
  return row;
}

/** Non-voided uses by this customer, or by this email for a guest (either matches). */
function usesBy(orgId: string, couponId: string, shopper: CouponShopper) {
  const who = [
    shopper.customerId ? eq(couponRedemptions.customerId, shopper.customerId) : undefined,
    shopper.email ? eq(couponRedemptions.email, shopper.email.toLowerCase()) : undefined,
  ].filter(Boolean);
  if (who.length === 0) return undefined;
  return and(eq(couponRedemptions.organizationId, orgId), eq(couponRedemptions.couponId, couponId), isNull(couponRedemptions.voidedAt), or(...who));
}

async function countUses(tx: Tx, orgId: string, couponId: string, shopper: CouponShopper): Promise<number> {
  const where = usesBy(orgId, couponId, shopper);
  if (!where) return 0;
  const [row] = await prepared(tx.select({ n: sql<number>`count(*)::int` }).from(couponRedemptions).where(where));
  return row?.n ?? 0;
}

/** The shopper-facing reason a coupon cannot be used now, or null. Limits per customer are checked separately. */
export function couponProblem(c: Coupon, { subtotal, currency, locale, now }: { subtotal: number; currency: string; locale: string; now: Date }): string | null {
  if (!c.isActive) return `The code ${c.code} is no longer active.`;
  if (c.startsAt && c.startsAt > now) return `The code ${c.code} is not valid yet.`;
  if (c.endsAt && c.endsAt <= now) return `The code ${c.code} has expired.`;
  if (c.currency.trim() !== currency && c.type === 'fixed_amount') return `The code ${c.code} cannot be used in this store.`;
  if (c.usageLimit !== null && c.usedCount >= c.usageLimit) return `The code ${c.code} has reached its usage limit.`;
  if (subtotal < c.minOrderAmount) return `The code ${c.code} applies to orders from ${formatMoney(c.minOrderAmount, currency, locale)}.`;
  return null;
}

const perCustomerMessage = (c: Coupon) =>
  c.perCustomerLimit === 1 ? `You have already used the code ${c.code}.` : `You have already used the code ${c.code} ${c.perCustomerLimit} times, its limit per customer.`;

/** Can this shopper use this code on an order of this subtotal? (A quote's read; placement redeems.) */
export async function evaluateCoupon(
  tx: Tx,
  orgId: string,
  input: { code: string; subtotal: number; currency: string; locale: string; shopper: CouponShopper; now?: Date },
): Promise<CouponCheck> {
  const coupon = await findCouponByCode(tx, orgId, input.code);
  if (!coupon) return { error: `The code ${normalizeCouponCode(input.code)} was not found. Check the spelling.` };
  const problem = couponProblem(coupon, { ...input, now: input.now ?? new Date() });
  if (problem) return { error: problem };
  if (coupon.perCustomerLimit !== null && (await countUses(tx, orgId, coupon.id, input.shopper)) >= coupon.perCustomerLimit) {
    return { error: perCustomerMessage(coupon) };
  }
  return { coupon };
}

/**
 * Records one use of the coupon by this order, at placement. The conditional UPDATE takes the
 * coupon's row lock and refuses a coupon that has run out, been switched off or left its
 * window since the quote; holding that lock, the per-customer count cannot race either.
 * Throws CONFLICT (fieldErrors.couponCode) with a shopper-facing reason; the caller's
 * transaction then rolls back. Returns the coupon as it is now, to check it was priced right.
 */
export async function redeemCoupon(
  tx: Tx,
  orgId: string,
  use: { couponId: string; orderId: string; shopper: CouponShopper & { email: string }; discountAmount: number; currency: string; now?: Date },
): Promise<Coupon> {
  const now = use.now ?? new Date();
  const [coupon] = await prepared(
    tx
    .update(coupons)
    .set({ usedCount: sql`${coupons.usedCount} + 1` })
    .where(
      and(
        eq(coupons.organizationId, orgId),
        eq(coupons.id, use.couponId),
        isNull(coupons.deletedAt),
        eq(coupons.isActive, true),
        sql`(${coupons.usageLimit} is null or ${coupons.usedCount} < ${coupons.usageLimit})`,
        or(isNull(coupons.startsAt), lte(coupons.startsAt, now)),
        or(isNull(coupons.endsAt), gt(coupons.endsAt, now)),
      ),
    )
    .returning(),
  );
  if (!coupon) {
    const [current] = await tx.select().from(coupons).where(and(eq(coupons.organizationId, orgId), eq(coupons.id, use.couponId)));
    const problem = current && !current.deletedAt ? couponProblem(current, { subtotal: Number.MAX_SAFE_INTEGER, currency: use.currency, locale: 'en', now }) : null;
    const reason = problem ?? (current && !current.deletedAt ? `The code ${current.code} can no longer be used.` : 'That code can no longer be used.');
    throw conflict(`${reason} Remove it to place your order.`, { couponCode: [reason] });
  }
  if (coupon.perCustomerLimit !== null && (await countUses(tx, orgId, coupon.id, use.shopper)) >= coupon.perCustomerLimit) {
    const reason = perCustomerMessage(coupon);
    throw conflict(`${reason} Remove it to place your order.`, { couponCode: [reason] });
  }
  await prepared(tx.insert(couponRedemptions).values({
    organizationId: orgId,
    couponId: coupon.id,
    orderId: use.orderId,
    customerId: use.shopper.customerId,
    email: use.shopper.email.toLowerCase(),
    discountAmount: use.discountAmount,
    currency: use.currency,
  }));
  return coupon;
}
