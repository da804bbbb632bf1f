import { and, eq, isNull } from 'drizzle-orm';
import { withOrg } from '../../scope';
import { coupons, type Coupon, type Organization } from '../../schema';
import { minor } from '../catalog/prices';
import type { CouponSpec } from './types';

const DAY = 86_400_000;

/** The demo coupons, found by code among the live ones and written where missing. */
export async function ensureCoupons(org: Organization, ownerId: string, specs: CouponSpec[]) {
  const cur = org.defaultCurrency;
  const now = Date.now();
  return withOrg(org.id, async (tx) => {
    const existing = await tx.select().from(coupons).where(and(eq(coupons.organizationId, org.id), isNull(coupons.deletedAt)));
    const rows: Coupon[] = [];
    let created = 0;
    for (const spec of specs) {
      const found = existing.find((c) => c.code === spec.code);
      if (found) {
        rows.push(found);
        continue;
      }
      const [row] = await tx
        .insert(coupons)
        .values({
          organizationId: org.id,
          code: spec.code,
          name: spec.name,
          description: spec.description,
          type: spec.type,
          value: spec.type === 'percentage' ? Math.round(spec.value * 100) : spec.type === 'fixed_amount' ? minor(spec.value, cur) : 0,
          currency: cur,
          minOrderAmount: minor(spec.minOrder ?? 0, cur),
          maxDiscountAmount: spec.maxDiscount === undefined ? null : minor(spec.maxDiscount, cur),
          usageLimit: spec.usageLimit ?? null,
          perCustomerLimit: spec.perCustomer ?? null,
          startsAt: spec.startsInDays === undefined ? new Date(now - 60 * DAY) : new Date(now + spec.startsInDays * DAY),
          endsAt: spec.endsInDays === undefined ? null : new Date(now + spec.endsInDays * DAY),
          createdById: ownerId,
        })
        .returning();
      rows.push(row!);
      created++;
    }
    return { coupons: rows, created };
  });
}
