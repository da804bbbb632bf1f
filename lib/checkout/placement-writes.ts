import 'server-only';
import type { Tx } from '@/db/client';
import type { PaymentMethod } from '@/db/schema';
import { newId } from '@/lib/ids';
import { txSql } from '@/lib/inventory/reservations/tx-sql';
import { lineVersionSql } from './internal';
import type { itemValues } from './order-rows';

/**
 * The order's writes as hand-written prepared statements on the transaction's connection:
 * issued together they go out in one write and come back in one read, so a batch costs one
 * round trip, not a query builder and one trip each. `.execute()` sends at once (postgres-js
 * queries are lazy), keeping the issue order: items before the reservations that reference them.
 */

/**
 * Items, the pending history row and the pending payment: one statement. With the lines'
 * versions ($13) it writes only when the order row is there and the lines are still as they
 * were read and priced, and otherwise aborts the transaction (abort_transaction, isAbortedOnPurpose).
 */
const INSERT_ORDER_ROWS = `
with cur as (
  ${lineVersionSql('$2', '$12')}
), fresh as (
  select $13::text[] is null or (
    exists (select 1 from orders where organization_id = $2 and id = $3)
    and (select count(*) from cur) = cardinality($13::text[])
    and not exists (select version from cur except select unnest($13::text[]))
  ) as ok
), items as (
  insert into order_items (id, organization_id, order_id, product_id, variant_id, product_name, variant_name, sku, option_values, image_key,
    quantity, unit_price, subtotal, discount_amount, tax_rate_bps, tax_amount, total, weight_grams, requires_shipping)
  select i.id, $2, $3, i.product_id, i.variant_id, i.product_name, i.variant_name, i.sku, i.option_values, i.image_key,
    i.quantity, i.unit_price, i.subtotal, i.discount_amount, i.tax_rate_bps, i.tax_amount, i.total, i.weight_grams, i.requires_shipping
  from jsonb_to_recordset($11::jsonb) as i(id text, product_id text, variant_id text, product_name text, variant_name text, sku text,
    option_values jsonb, image_key text, quantity int, unit_price bigint, subtotal bigint, discount_amount bigint, tax_rate_bps int,
    tax_amount bigint, total bigint, weight_grams int, requires_shipping boolean)
  where (select ok from fresh)
), history as (
  insert into order_status_history (id, organization_id, order_id, to_status, actor_type, changed_by_id)
  select $1, $2, $3, 'pending', 'customer', $4 where (select ok from fresh)
), payment as (
  insert into payments (id, organization_id, order_id, customer_id, amount, currency, method, provider, status)
  select $5, $2, $3, $6, $7, $8, $9::payment_method, $10, 'pending' where (select ok from fresh)
)
select case when ok then true else abort_transaction('the order number is taken or its lines changed since they were priced') end as written from fresh`;

export function insertOrderRows(
  tx: Tx,
  items: ReturnType<typeof itemValues>,
  w: { orgId: string; orderId: string; userId: string | null; customerId: string; amount: number; currency: string; method: PaymentMethod },
  /** The lines as read and priced: write only if the order row is there and they are unchanged (else abort). */
  expected?: { variantId: string; version: string }[],
): Promise<unknown> {
  const rows = items.map((item) => ({
    id: item.id,
    product_id: item.productId,
    variant_id: item.variantId,
    product_name: item.productName,
    variant_name: item.variantName,
    sku: item.sku,
    option_values: item.optionValues,
    image_key: item.imageKey,
    quantity: item.quantity,
    unit_price: item.unitPrice,
    subtotal: item.subtotal,
    discount_amount: item.discountAmount,
    tax_rate_bps: item.taxRateBps,
    tax_amount: item.taxAmount,
    total: item.total,
    weight_grams: item.weightGrams,
    requires_shipping: item.requiresShipping,
  }));
  return txSql(tx)
    .unsafe(
      INSERT_ORDER_ROWS,
      [
        newId('osh'), w.orgId, w.orderId, w.userId, newId('pay'), w.customerId, w.amount, w.currency, w.method, w.method === 'card' ? 'stripe' : null,
        JSON.stringify(rows), expected ? expected.map((l) => l.variantId) : [], expected ? expected.map((l) => l.version) : null,
      ],
      { prepare: true },
    )
    .execute();
}
