import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { coupons, type Coupon } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { couponStatus, type CouponStatus } from './status';

/** A live coupon of the organization with its current status, or NotFound. */
export async function getCoupon(ctx: OrgContext, couponId: string): Promise<Coupon & { status: CouponStatus }> {
  requirePermission(ctx, 'coupons.manage');
  const [row] = await ctx.tx((tx) =>
    tx
      .select()
      .from(coupons)
      .where(and(eq(coupons.organizationId, ctx.org.id), eq(coupons.id, couponId), isNull(coupons.deletedAt))),
  );
  if (!row) throw notFound('Coupon');
  return { ...row, status: couponStatus(row) };
}
