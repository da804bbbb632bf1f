import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { couriers, memberships, users } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { courierTotals } from '../cash/internal';
import { courierMembership, courierProfileColumns } from './internal';
import { ratingAverage } from './labels';

export type CourierDetail = Awaited<ReturnType<typeof getCourier>>;

/**
 * One courier profile of the organization with its work and cash totals, for the courier page.
 * A member who is no longer a courier keeps their profile (and any cash they still hold):
 * `isCourierMember` says which it is. Another organization's courier is NotFound.
 */
export async function getCourier(ctx: OrgContext, courierId: string) {
  requirePermission(ctx, 'couriers.manage');
  return ctx.tx(async (tx) => {
    const { work, handins, columns } = courierTotals(tx, ctx.org.id, [courierId]);
    const [row] = await tx
      .select({ ...courierProfileColumns, ...columns, isCourierMember: sql<boolean>`${memberships.id} is not null` })
      .from(couriers)
      .innerJoin(users, eq(users.id, couriers.userId))
      .leftJoin(memberships, courierMembership)
      .leftJoin(work, eq(work.courierId, couriers.id))
      .leftJoin(handins, eq(handins.courierId, couriers.id))
      .where(and(eq(couriers.organizationId, ctx.org.id), eq(couriers.id, courierId)));
    if (!row) throw notFound('Courier');
    return { ...row, rating: ratingAverage(row.ratingSum, row.ratingCount) };
  });
}
