import 'server-only';
import type { Tx } from '@/db/client';
import { newId } from '@/lib/ids';
import { txSql } from '@/lib/inventory/reservations/tx-sql';
import { forbidden, notFound } from '@/lib/server/errors';

export type CheckoutCustomer = { id: string; /** Created by this checkout, already counting this order. */ created: boolean };

const BLOCKED = 'This store cannot take your order online. Please contact the store.';

const OWN = `select id, status::text as status, deleted_at is not null as deleted from customers where organization_id = $1 and id = $2`;
const BY_EMAIL = `select id, status::text as status from customers where organization_id = $1 and lower(email) = $2`;
/** The customer with this email, else a new one: one round trip for returning and new guests alike. */
const FIND_OR_CREATE = `
with found as (
  select id, status from customers where organization_id = $1 and lower(email) = $2
), created as (
  insert into customers (id, organization_id, email, name, phone, currency, source, total_orders, last_order_at)
  select $3, $1, $4, $5, $6, $7, 'storefront_checkout', 1, $8::timestamptz
  where not exists (select 1 from found)
  on conflict do nothing
  returning id
)
select id, status::text as status, false as created from found
union all
select id, 'active', true from created`;

type Row = { id: string; status: string; created?: boolean; deleted?: boolean };

/**
 * The customer an order belongs to: the signed-in shopper's own, else the store's customer with
 * this email (any case), else a new one (source 'storefront_checkout') that already counts this
 * order. Parallel guests with the same new email: the unique index on lower(email) makes the
 * second insert wait for the first and then do nothing, and the re-select finds the row.
 */
export async function findOrCreateCheckoutCustomer(
  tx: Tx,
  orgId: string,
  who: { shopper: { customerId: string | null }; email: string; name: string; phone: string | null; currency: string; now: Date },
): Promise<CheckoutCustomer> {
  const sql = txSql(tx);
  if (who.shopper.customerId) {
    const [own] = await sql.unsafe<Row[]>(OWN, [orgId, who.shopper.customerId], { prepare: true });
    if (!own) throw notFound('Your customer profile');
    if (own.deleted) throw forbidden('The store has closed your customer profile. Contact the store if you think this is a mistake.');
    if (own.status === 'blocked') throw forbidden(BLOCKED);
    return { id: own.id, created: false };
  }
  const email = who.email.toLowerCase();
  let [found] = await sql.unsafe<Row[]>(
    FIND_OR_CREATE,
    [orgId, email, newId('cus'), who.email, who.name, who.phone, who.currency, who.now.toISOString()],
    { prepare: true },
  );
  if (found?.created) return { id: found.id, created: true };
  if (!found) {
    [found] = await sql.unsafe<Row[]>(BY_EMAIL, [orgId, email], { prepare: true });
    if (!found) throw new Error('Customer insert conflicted but no customer has this email');
  }
  if (found.status === 'blocked') throw forbidden(BLOCKED);
  return { id: found.id, created: false };
}
