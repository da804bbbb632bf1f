import 'server-only';
import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import { couriers, memberships, users } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { courierMembership } from '../couriers-admin/internal';
import { courierTotals } from './internal';

export type CashBalanceRow = {
  courierId: string;
  name: string;
  isActive: boolean;
  /** false for a former courier who still holds cash. */
  isCourierMember: boolean;
  currency: string;
  cashCollected: number;
  cashHandedIn: number;
  cashBalance: number;
};

/**
 * Cash per courier for the reconciliation overview, largest balance first: every courier
 * member, plus anyone who is no longer a courier but still holds cash.
 */
export async function listCashBalances(ctx: OrgContext): Promise<{ rows: CashBalanceRow[]; totals: { collected: number; handedIn: number; balance: number } }> {
  requirePermission(ctx, 'cash.reconcile');
  return ctx.tx(async (tx) => {
    const { work, handins, columns } = courierTotals(tx, ctx.org.id);
    const name = sql<string>`coalesce(nullif(trim(${users.name}), ''), ${users.email})`;
    const rows = await tx
      .select({
        courierId: couriers.id,
        name,
        isActive: couriers.isActive,
        isCourierMember: sql<boolean>`${memberships.id} is not null`,
        currency: couriers.currency,
        cashCollected: columns.cashCollected,
        cashHandedIn: columns.cashHandedIn,
        cashBalance: columns.cashBalance,
      })
      .from(couriers)
      .innerJoin(users, eq(users.id, couriers.userId))
      .leftJoin(memberships, courierMembership)
      .leftJoin(work, eq(work.courierId, couriers.id))
      .leftJoin(handins, eq(handins.courierId, couriers.id))
      .where(and(eq(couriers.organizationId, ctx.org.id), or(sql`${memberships.id} is not null`, sql`${columns.cashBalance} <> 0`)))
      .orderBy(desc(columns.cashBalance), asc(sql`lower(${name})`), asc(couriers.id));
    const totals = rows.reduce(
      (t, r) => ({ collected: t.collected + r.cashCollected, handedIn: t.handedIn + r.cashHandedIn, balance: t.balance + r.cashBalance }),
      { collected: 0, handedIn: 0, balance: 0 },
    );
    return { rows, totals };
  });
}
