import 'server-only';
import type { Tx } from '@/db/client';
import { newId } from '@/lib/ids';
import { txSql } from '@/lib/inventory/reservations/tx-sql';
import { forbidden, notFound } from '@/lib/server/errors';

export type CheckoutCustomer = { id: string };

const BLOCKED = 'This store cannot take your order online. Please contact the store.';

/** Each counts this order (the transaction undoes it if the order is not placed). */
const COUNTED = `total_orders = total_orders + 1, last_order_at = $3::timestamptz, updated_at = $3::timestamptz`;
const OWN = `update customers set ${COUNTED} where organization_id = $1 and id = $2 returning id, status::text as status, deleted_at is not null as deleted`;
const BY_EMAIL = `update customers set ${COUNTED} where organization_id = $1 and email_key = $2 returning id, status::text as status`;
/** The customer with this email, else a new one: one round trip for returning and new guests alike. */
const FIND_OR_CREATE = `
with found as (
  update customers set ${COUNTED} where organization_id = $1 and email_key = $2
  returning id, status
), created as (
  insert into customers (id, organization_id, email, name, phone, currency, source, total_orders, last_order_at)
  select $4, $1, $5, $6, $7, $8, 'storefront_checkout', 1, $3::timestamptz
  where not exists (select 1 from found)
  on conflict do nothing
  returning id
)
select id, status::text as status from found
union all
select id, 'active' from created`;

type Row = { id: string; status: string; deleted?: boolean };

/**
 * The customer an order belongs to, with this order counted: the signed-in shopper's own, else
 * the store's customer with this email (any case), else a new one (source 'storefront_checkout').
 * Counting here, in the checkout's first round trip, takes the customer's row lock before any
 * product lock, on every path: two orders of one customer cannot lock in opposite orders.
 * Parallel guests with the same new email: the unique index on email_key (lower(email)) makes
 * the second insert wait for the first and then do nothing, and the update after it finds the row.
 */
export async function findOrCreateCheckoutCustomer(
  tx: Tx,
  orgId: string,
  who: { shopper: { customerId: string | null }; email: string; name: string; phone: string | null; currency: string; now: Date },
): Promise<CheckoutCustomer> {
  const sql = txSql(tx);
  const now = who.now.toISOString();
  if (who.shopper.customerId) {
    const [own] = await sql.unsafe<Row[]>(OWN, [orgId, who.shopper.customerId, now], { prepare: true });
    if (!own) throw notFound('Your customer profile');
    if (own.deleted) throw forbidden('The store has closed your customer profile. Contact the store if you think this is a mistake.');
    if (own.status === 'blocked') throw forbidden(BLOCKED);
    return { id: own.id };
  }
  const email = who.email.toLowerCase();
  let [found] = await sql.unsafe<Row[]>(FIND_OR_CREATE, [orgId, email, now, newId('cus'), who.email, who.name, who.phone, who.currency], { prepare: true });
  if (!found) {
    [found] = await sql.unsafe<Row[]>(BY_EMAIL, [orgId, email, now], { prepare: true });
    if (!found) throw new Error('Customer insert conflicted but no customer has this email');
  }
  if (found.status === 'blocked') throw forbidden(BLOCKED);
  return { id: found.id };
}
