import { eq } from 'drizzle-orm';
import { coupons } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockCoupon } from './internal';
import type { CouponIdInput } from './schemas';

/**
 * Removes a coupon (soft: its redemptions stay on their orders). The code is free again
 * afterwards, since uniqueness covers live coupons only.
 */
export async function deleteCoupon(ctx: OrgContext, input: CouponIdInput) {
  requirePermission(ctx, 'coupons.manage');
  return ctx.tx(async (tx) => {
    const coupon = await lockCoupon(tx, ctx.org.id, input.couponId);
    const now = new Date();
    await tx.update(coupons).set({ deletedAt: now, isActive: false, updatedAt: now }).where(eq(coupons.id, coupon.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'coupon.deleted',
      entityType: 'coupon',
      entityId: coupon.id,
      oldValues: { code: coupon.code, name: coupon.name, usedCount: coupon.usedCount },
    });
    return { id: coupon.id };
  });
}
