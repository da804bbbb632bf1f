import { coupons } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { codeConflict, couponColumns } from './internal';
import type { CreateCouponInput } from './schemas';

/** A new coupon in the organization's currency; a code another live coupon uses is a field error. */
export async function createCoupon(ctx: OrgContext, input: CreateCouponInput) {
  requirePermission(ctx, 'coupons.manage');
  const currency = ctx.org.defaultCurrency;
  const columns = couponColumns(input, currency);
  try {
    return await ctx.tx(async (tx) => {
      const [row] = await tx
        .insert(coupons)
        .values({ organizationId: ctx.org.id, ...columns, currency, createdById: ctx.actor.userId })
        .returning({ id: coupons.id, code: coupons.code });
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'coupon.created',
        entityType: 'coupon',
        entityId: row!.id,
        newValues: { ...columns, currency },
      });
      return row!;
    });
  } catch (e) {
    throw codeConflict(e);
  }
}
