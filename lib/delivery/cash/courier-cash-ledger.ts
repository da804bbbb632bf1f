import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { couriers } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { paged, pageWindow, type Paged } from '@/lib/server/list-query';
import { CASH_LEDGER_PAGE_SIZE } from './schemas';

export type CashLedgerEntry = {
  id: string;
  kind: 'collected' | 'handin';
  /** Minor units: + cash collected at a door, − cash handed in to the store. */
  amount: number;
  at: Date;
  /** The courier's cash after this entry (over all entries, not just this page). */
  balanceAfter: number;
  trackingNumber: string | null;
  orderId: string | null;
  orderNumber: string | null;
  note: string | null;
  receivedByName: string | null;
};

type Row = {
  id: string;
  kind: 'collected' | 'handin';
  amount: string;
  /** ISO 8601 (to_json of the timestamp). */
  at: string;
  balance_after: string;
  tracking_number: string | null;
  order_id: string | null;
  order_number: string | null;
  note: string | null;
  received_by_name: string | null;
};

/**
 * A courier's cash, newest first: each delivered cash-on-delivery parcel (+ its COD amount)
 * and each hand-in (−), with the running balance after every entry, summed by the database
 * in time order (a window over all entries, so every page shows true balances).
 */
export async function courierCashLedger(ctx: OrgContext, courierId: string, page: number): Promise<Paged<CashLedgerEntry> & { currency: string }> {
  requirePermission(ctx, 'cash.reconcile');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const [courier] = await tx
      .select({ id: couriers.id, currency: couriers.currency })
      .from(couriers)
      .where(and(eq(couriers.organizationId, orgId), eq(couriers.id, courierId)));
    if (!courier) throw notFound('Courier');
    const entries = sql`
      select d.id, 'collected' as kind, d.cod_amount as amount, coalesce(d.delivered_at, d.updated_at) as at,
             d.tracking_number, d.order_id, null::text as note, null::text as received_by_id
        from deliveries d
       where d.organization_id = ${orgId} and d.courier_id = ${courierId} and d.status = 'delivered' and d.cod_amount > 0
      union all
      select h.id, 'handin', -h.amount, h.created_at, null, null, h.note, h.received_by_id
        from courier_cash_handins h
       where h.organization_id = ${orgId} and h.courier_id = ${courierId}`;
    const [counted] = await tx.execute<{ total: number }>(sql`select count(*)::int as total from (${entries}) e`);
    const total = Number(counted?.total ?? 0);
    const window = pageWindow(total, page, CASH_LEDGER_PAGE_SIZE);
    const rows = await tx.execute<Row>(sql`
      with entries as (${entries}),
      running as (
        select e.*, sum(e.amount) over (order by e.at, e.id rows between unbounded preceding and current row) as balance_after
          from entries e
      )
      select r.id, r.kind, r.amount, to_json(r.at) #>> '{}' as at, r.balance_after, r.tracking_number, r.order_id, o.number as order_number, r.note,
             coalesce(nullif(trim(u.name), ''), u.email) as received_by_name
        from running r
        left join orders o on o.organization_id = ${orgId} and o.id = r.order_id
        left join users u on u.id = r.received_by_id
       order by r.at desc, r.id desc
       limit ${CASH_LEDGER_PAGE_SIZE} offset ${window.offset}`);
    const shaped = [...rows].map((r) => ({
      id: r.id,
      kind: r.kind,
      amount: Number(r.amount),
      at: new Date(r.at),
      balanceAfter: Number(r.balance_after),
      trackingNumber: r.tracking_number,
      orderId: r.order_id,
      orderNumber: r.order_number,
      note: r.note,
      receivedByName: r.received_by_name,
    }));
    return { ...paged(shaped, total, window.page, CASH_LEDGER_PAGE_SIZE), currency: courier.currency };
  });
}
