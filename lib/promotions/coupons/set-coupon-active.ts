import { eq } from 'drizzle-orm';
import { coupons } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockCoupon } from './internal';
import type { SetCouponActiveInput } from './schemas';

/** Switches a coupon on or off; an inactive code is refused at checkout. */
export async function setCouponActive(ctx: OrgContext, input: SetCouponActiveInput) {
  requirePermission(ctx, 'coupons.manage');
  return ctx.tx(async (tx) => {
    const coupon = await lockCoupon(tx, ctx.org.id, input.couponId);
    if (coupon.isActive === input.isActive) return { id: coupon.id, changed: false };
    await tx.update(coupons).set({ isActive: input.isActive, updatedAt: new Date() }).where(eq(coupons.id, coupon.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: input.isActive ? 'coupon.activated' : 'coupon.deactivated',
      entityType: 'coupon',
      entityId: coupon.id,
      oldValues: { code: coupon.code, isActive: coupon.isActive },
      newValues: { code: coupon.code, isActive: input.isActive },
    });
    return { id: coupon.id, changed: true };
  });
}
