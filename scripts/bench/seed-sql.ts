import { ADJECTIVES, ATTRIBUTES, BRANDS, DESCRIPTION_WORDS, NOUNS, TAGS } from './words';

/**
 * Set-based inserts of one organization's products i = $start..$end and their default variants,
 * stock rows and attributes. Every value is a hash of (organization, i), so a run is repeatable,
 * the same product gets the same stock in `products.stock_available` and in `stock_levels`, and
 * a bigger catalog is the smaller one plus more products.
 */

/** A deterministic number in [0, mod) for this product and salt. */
const h = (salt: number, mod: number | string, seed = 'n') => `((hashint8extended(${seed}, ${salt}) & 2147483647) % ${mod})`;

const STOCK_QTY = `(case when ${h(17, 10)} = 0 then 0 else 1 + ${h(18, 200)} end)::int`;
const productId = `'prod_b' || lpad($1::text, 4, '0') || lpad(i::text, 8, '0')`;
const variantId = `'var_b' || lpad($1::text, 4, '0') || lpad(i::text, 8, '0')`;
const sku = `'B' || lpad($1::text, 4, '0') || '-' || lpad(i::text, 8, '0')`;

// $1 org index, $2 org id, $3 first i, $4 last i.
const rows = `(select i, ($1::bigint * 100000000 + i) as n from generate_series($3::int, $4::int) i) g`;

export type ProductBatch = {
  orgIndex: number;
  orgId: string;
  first: number;
  last: number;
  currency: string;
  minorPerUsdCent: number;
  taxRateBps: number;
  categoryIds: string[];
  warehouseId: string;
  /** Triggers are off (session_replication_role = replica): set stock_available ourselves. */
  triggersOff: boolean;
};

const lit = (words: string[]) => `array[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;

// $5 currency, $6 minor units per US cent, $7 tax rate, $8 category ids, $9 1 when triggers are off.
export const INSERT_PRODUCTS = `
insert into products (id, organization_id, category_id, name, slug, sku, brand, short_description, description,
  base_price, sale_price, currency, tax_rate_bps, weight_grams, status, is_featured, stock_available, tags,
  rating_average, rating_count, published_at, created_at, updated_at)
select id, $2, category_id, name, lower(regexp_replace(name, '[^A-Za-z0-9]+', '-', 'g')) || '-' || i, sku, brand,
  format('%s %s by %s, model %s.', initcap(adjective), noun, brand, model),
  description || '.', base_price,
  case when ${h(15, 100)} < 15 then (base_price * 4 / 5) end,
  $5, $7, 100 + ${h(24, 5000)}, status,
  status = 'active' and ${h(19, 50)} = 0,
  ${STOCK_QTY} * $9::int,
  array_remove(array[case when ${h(10, 4)} = 0 then (${lit(TAGS)})[1 + ${h(11, TAGS.length)}] end,
                     case when ${h(12, 6)} = 0 then (${lit(TAGS)})[1 + ${h(13, TAGS.length)}] end], null),
  (300 + ${h(20, 201)})::numeric / 100, ${h(21, 500)},
  case when status = 'active' then created_at end, created_at, created_at
from (
  select i, n, ${productId} as id, ${sku} as sku, brand, adjective, noun, model,
    initcap(brand) || ' ' || initcap(adjective) || ' ' || initcap(noun) || ' ' || model as name,
    ($8::text[])[1 + ${h(1, 'cardinality($8::text[])')}] as category_id,
    case when $6::int = 1 then (5 + ${h(14, 495)}) * 100 - 1 else (5 + ${h(14, 495)}) * $6::bigint * 100 end as base_price,
    (case when ${h(16, 100)} < 90 then 'active' when ${h(16, 100)} < 94 then 'draft'
          when ${h(16, 100)} < 97 then 'inactive' when ${h(16, 100)} < 99 then 'out_of_stock'
          else 'discontinued' end)::product_status as status,
    now() - make_interval(days => ${h(22, 365)}::int, secs => ${h(23, 86400)}::int) as created_at,
    array_to_string(array(
      select (${lit(DESCRIPTION_WORDS)})[1 + ${h(9, DESCRIPTION_WORDS.length, 'n * 64 + j')}]
      from generate_series(1, 20 + ${h(8, 21)}) j), ' ') as description
  from (
    select i, n,
      (${lit(BRANDS)})[1 + ${h(2, BRANDS.length)}] as brand,
      (${lit(ADJECTIVES)})[1 + ${h(3, ADJECTIVES.length)}] as adjective,
      (${lit(NOUNS)})[1 + ${h(4, NOUNS.length)}] as noun,
      chr(65 + ${h(5, 26)}::int) || '-' || (100 + ${h(6, 900)}) as model
    from ${rows}
  ) words
) p`;

export const INSERT_VARIANTS = `
insert into product_variants (id, organization_id, product_id, name, sku, option_values, is_default)
select ${variantId}, $2, ${productId}, 'Default', ${sku}, '{}'::jsonb, true from ${rows}`;

// $5 warehouse id.
export const INSERT_STOCK = `
insert into stock_levels (id, organization_id, warehouse_id, product_id, variant_id, quantity, reorder_level)
select 'stk_b' || lpad($1::text, 4, '0') || lpad(i::text, 8, '0'), $2, $5, ${productId}, ${variantId}, ${STOCK_QTY}, 5
from ${rows}`;

const attributeValue = ATTRIBUTES.map(
  ([, values], k) => `when ${k + 1} then (${lit(values)})[1 + ${h(26, values.length, 'n * 8 + a')}]`,
).join(' ');

export const INSERT_ATTRIBUTES = `
insert into product_attributes (id, organization_id, product_id, name, value, sort_order)
select 'attr_b' || lpad($1::text, 4, '0') || lpad(i::text, 8, '0') || a, $2, ${productId},
  (${lit(ATTRIBUTES.map(([name]) => name))})[a], case a ${attributeValue} end, a
from ${rows} cross join lateral generate_series(1, ${h(25, ATTRIBUTES.length + 1)}::int) a`;

export function batchParams(b: ProductBatch) {
  const base = [b.orgIndex, b.orgId, b.first, b.last];
  return {
    products: [...base, b.currency, b.minorPerUsdCent, b.taxRateBps, b.categoryIds, b.triggersOff ? 1 : 0],
    variants: base,
    stock: [...base, b.warehouseId],
    attributes: base,
  };
}
