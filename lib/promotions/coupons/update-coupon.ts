import { eq } from 'drizzle-orm';
import { coupons } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid } from '@/lib/server/errors';
import { codeConflict, couponColumns, lockCoupon } from './internal';
import type { UpdateCouponInput } from './schemas';

/**
 * Edits a coupon. The row is locked first, so a checkout redeeming it at the same moment
 * either counts before the check below or waits; the limit can never drop under the uses.
 */
export async function updateCoupon(ctx: OrgContext, { couponId, ...input }: UpdateCouponInput) {
  requirePermission(ctx, 'coupons.manage');
  try {
    return await ctx.tx(async (tx) => {
      const before = await lockCoupon(tx, ctx.org.id, couponId);
      const next = couponColumns(input, before.currency);
      if (next.usageLimit !== null && next.usageLimit < before.usedCount) {
        const message = `It has been used ${before.usedCount} time${before.usedCount === 1 ? '' : 's'}: the limit cannot be lower than that.`;
        throw invalid(message, { usageLimit: [message] });
      }
      const { oldValues, newValues, changed } = diff(before, next);
      if (!changed) return { id: before.id, changed: false };
      await tx.update(coupons).set({ ...next, updatedAt: new Date() }).where(eq(coupons.id, before.id));
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'coupon.updated',
        entityType: 'coupon',
        entityId: before.id,
        oldValues,
        newValues,
      });
      return { id: before.id, changed: true };
    });
  } catch (e) {
    throw codeConflict(e);
  }
}
