import 'server-only';
import type { Tx } from '@/db/client';
import { newId } from '@/lib/ids';
import { conflict } from '@/lib/server/errors';
import { txSql } from './tx-sql';

export type ReservationLine = {
  orderItemId: string;
  productId: string;
  variantId: string;
  quantity: number;
  allowBackorder: boolean;
  /** Shown in the out-of-stock message, e.g. "Trail boot (42)". */
  label: string;
};

/** Reservation ids made here per line; a line split over more warehouses gets the rest from Postgres. */
const IDS_PER_LINE = 2;

/**
 * One statement: lock the lines' stock rows (active warehouses), split each line over them
 * (default warehouse first, then by what is available, then by id), and — only when every line
 * fits or may be backordered — add the takes to `reserved` and insert the reservations. Returns
 * the lines that do not fit, with what their rows have available.
 */
const RESERVE = `
with lines as (
  select * from jsonb_to_recordset($3::jsonb) as l(n int, item_id text, product_id text, variant_id text, quantity int, allow_backorder boolean)
), locked as (
  select s.id, s.variant_id, s.warehouse_id, s.available, w.is_default
  from stock_levels s
  join warehouses w on w.organization_id = s.organization_id and w.id = s.warehouse_id
  where s.organization_id = $1 and s.variant_id = any($4::text[]) and w.is_active and w.deleted_at is null
  order by s.variant_id, w.is_default desc, s.available desc, s.warehouse_id
  for update of s
), ranked as (
  select k.*,
    row_number() over w as rn,
    coalesce(sum(greatest(k.available, 0)) over (w rows between unbounded preceding and 1 preceding), 0) as before,
    sum(greatest(k.available, 0)) over (partition by k.variant_id) as total
  from locked k
  window w as (partition by k.variant_id order by k.is_default desc, k.available desc, k.warehouse_id)
), takes as (
  select l.n, l.item_id, l.product_id, l.variant_id, r.id as level_id, r.warehouse_id, r.rn,
    (least(greatest(r.available, 0), greatest(l.quantity - r.before, 0))
      + case when r.rn = 1 and l.allow_backorder then greatest(l.quantity - r.total, 0) else 0 end)::int as quantity
  from lines l join ranked r on r.variant_id = l.variant_id
), short as (
  select l.n, l.variant_id, coalesce(t.total, 0)::int as available
  from lines l left join (select variant_id, max(total) as total from ranked group by variant_id) t on t.variant_id = l.variant_id
  where coalesce(t.total, 0) < l.quantity and (not l.allow_backorder or t.variant_id is null)
), fits as (
  -- Only for items that are there (a placement whose items were not written reserves nothing).
  select not exists (select 1 from short) and exists (select 1 from order_items i where i.organization_id = $1 and i.id = (select item_id from lines limit 1)) as ok
), levels as (
  update stock_levels s set reserved = s.reserved + t.quantity, updated_at = now()
  from (select level_id, sum(quantity)::int as quantity from takes where quantity > 0 group by level_id) t
  where s.organization_id = $1 and s.id = t.level_id and (select ok from fits)
  returning s.id
), holds as (
  insert into stock_reservations (id, organization_id, order_id, order_item_id, product_id, variant_id, warehouse_id, quantity)
  select coalesce(($5::text[])[(t.n - 1) * ${IDS_PER_LINE} + t.k], 'rsv_' || substr(md5(random()::text || clock_timestamp()::text), 1, 26)),
    $1, $2, t.item_id, t.product_id, t.variant_id, t.warehouse_id, t.quantity
  from (select takes.*, row_number() over (partition by n order by rn) as k from takes where quantity > 0) t
  where (select ok from fits)
  returning 1
)
select variant_id, available,
  -- Strict ($6): a line that does not fit aborts the transaction (SQLSTATE CK001, migration 0008).
  case when $6 then abort_transaction('not enough stock') end as aborted
from short order by n`;

/**
 * Holds stock for an order's lines, warehouse by warehouse: the default warehouse first, then
 * the others by what they have available. The caller has locked the lines' products
 * (lockProductsForStock), so nothing else changes these stock rows until it commits: what is
 * read here is what is reserved, and two orders can never both take the last unit.
 * A line that does not fit is refused (CONFLICT, naming it) unless its product allows
 * backorders; then the rest is reserved in the default warehouse beyond its quantity.
 * One round trip, so it pipelines behind writes issued before it on the transaction.
 */
export async function reserveStock(
  tx: Tx,
  orgId: string,
  orderId: string,
  lines: ReservationLine[],
  /** `strict`: a line that does not fit aborts the transaction instead (for a COMMIT already sent behind it). */
  { strict = false }: { strict?: boolean } = {},
) {
  if (lines.length === 0) return;
  // The statement splits each line against the rows' availability independently: two lines of one
  // variant would both count the same units. Callers merge lines by variant first (placeOrder does).
  if (new Set(lines.map((l) => l.variantId)).size !== lines.length) throw new Error('reserveStock needs one line per variant');
  const rows = lines.map((l, i) => ({ n: i + 1, item_id: l.orderItemId, product_id: l.productId, variant_id: l.variantId, quantity: l.quantity, allow_backorder: l.allowBackorder }));
  const ids = lines.flatMap(() => Array.from({ length: IDS_PER_LINE }, () => newId('rsv')));
  const short = await txSql(tx).unsafe<{ variant_id: string; available: number }[]>(
    RESERVE,
    [orgId, orderId, JSON.stringify(rows), [...new Set(lines.map((l) => l.variantId))], ids, strict],
    { prepare: true },
  ).execute();
  if (short.length === 0) return;
  // The first line that does not fit, in variant order (as the lines are locked).
  const [first] = short
    .map((s) => ({ ...s, line: lines.find((l) => l.variantId === s.variant_id)! }))
    .sort((a, b) => a.variant_id.localeCompare(b.variant_id));
  const { available, line } = first!;
  throw conflict(available > 0 ? `Only ${available} of ${line.label} left in stock.` : `${line.label} is out of stock.`, {
    [`lines.${line.variantId}`]: [available > 0 ? `Only ${available} left.` : 'Out of stock.'],
  });
}
