import 'server-only';
import { and, count, desc, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import { coupons, type Coupon } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { containsPattern, paged, pageWindow, type Paged } from '@/lib/server/list-query';
import { couponStatusCondition } from './internal';
import { COUPONS_PAGE_SIZE, type CouponListFilters } from './schemas';
import { couponStatus, type CouponStatus } from './status';

export type CouponListRow = Pick<
  Coupon,
  'id' | 'code' | 'name' | 'type' | 'value' | 'currency' | 'minOrderAmount' | 'maxDiscountAmount' | 'usageLimit' | 'usedCount' | 'perCustomerLimit' | 'startsAt' | 'endsAt' | 'isActive'
> & { status: CouponStatus };

/** One page of the organization's coupons, newest first, searched by code or name and filtered by status. */
export async function listCoupons(ctx: OrgContext, filters: CouponListFilters): Promise<Paged<CouponListRow>> {
  requirePermission(ctx, 'coupons.manage');
  const now = new Date();
  const conditions: (SQL | undefined)[] = [eq(coupons.organizationId, ctx.org.id), isNull(coupons.deletedAt)];
  if (filters.q) conditions.push(or(ilike(coupons.code, containsPattern(filters.q)), ilike(coupons.name, containsPattern(filters.q))));
  if (filters.status) conditions.push(couponStatusCondition(filters.status, now));
  const where = and(...conditions);
  return ctx.tx(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(coupons).where(where);
    const window = pageWindow(total, filters.page, COUPONS_PAGE_SIZE);
    const rows = await tx
      .select({
        id: coupons.id,
        code: coupons.code,
        name: coupons.name,
        type: coupons.type,
        value: coupons.value,
        currency: coupons.currency,
        minOrderAmount: coupons.minOrderAmount,
        maxDiscountAmount: coupons.maxDiscountAmount,
        usageLimit: coupons.usageLimit,
        usedCount: coupons.usedCount,
        perCustomerLimit: coupons.perCustomerLimit,
        startsAt: coupons.startsAt,
        endsAt: coupons.endsAt,
        isActive: coupons.isActive,
      })
      .from(coupons)
      .where(where)
      .orderBy(desc(coupons.createdAt), desc(coupons.id))
      .limit(COUPONS_PAGE_SIZE)
      .offset(window.offset);
    return paged(rows.map((r) => ({ ...r, status: couponStatus(r, now) })), total, window.page, COUPONS_PAGE_SIZE);
  });
}
