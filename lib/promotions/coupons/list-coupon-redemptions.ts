import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { couponRedemptions, coupons, orders } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { paged, pageWindow, type Paged } from '@/lib/server/list-query';
import { REDEMPTIONS_PAGE_SIZE, type RedemptionListInput } from './schemas';

export type RedemptionRow = {
  id: string;
  orderId: string;
  orderNumber: string;
  email: string;
  discountAmount: number;
  currency: string;
  createdAt: Date;
  voidedAt: Date | null;
};

/** The orders that used a coupon, newest first; voided uses (cancelled before payment) included and marked. */
export async function listCouponRedemptions(ctx: OrgContext, input: RedemptionListInput): Promise<Paged<RedemptionRow>> {
  requirePermission(ctx, 'coupons.manage');
  return ctx.tx(async (tx) => {
    const [coupon] = await tx
      .select({ id: coupons.id })
      .from(coupons)
      .where(and(eq(coupons.organizationId, ctx.org.id), eq(coupons.id, input.couponId), isNull(coupons.deletedAt)));
    if (!coupon) throw notFound('Coupon');
    const where = and(eq(couponRedemptions.organizationId, ctx.org.id), eq(couponRedemptions.couponId, coupon.id));
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(couponRedemptions).where(where);
    const window = pageWindow(total, input.page, REDEMPTIONS_PAGE_SIZE);
    const rows = await tx
      .select({
        id: couponRedemptions.id,
        orderId: couponRedemptions.orderId,
        orderNumber: orders.number,
        email: couponRedemptions.email,
        discountAmount: couponRedemptions.discountAmount,
        currency: couponRedemptions.currency,
        createdAt: couponRedemptions.createdAt,
        voidedAt: couponRedemptions.voidedAt,
      })
      .from(couponRedemptions)
      .innerJoin(orders, and(eq(orders.organizationId, couponRedemptions.organizationId), eq(orders.id, couponRedemptions.orderId)))
      .where(where)
      .orderBy(desc(couponRedemptions.createdAt), desc(couponRedemptions.id))
      .limit(REDEMPTIONS_PAGE_SIZE)
      .offset(window.offset);
    return paged(rows, total, window.page, REDEMPTIONS_PAGE_SIZE);
  });
}
