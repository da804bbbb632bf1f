import postgres from 'postgres';

/**
 * One store for the checkout bench, written straight to the tables (as the owner, one
 * statement per kind): a hot product with plenty of stock, `products` more products, a scarce
 * product for the sell-out check, a delivery zone with a weight-priced tariff, tax-exclusive
 * prices, cash on delivery and pick-up on. Prices and weights are a formula of the product's
 * index, so the bench knows every total without asking the database.
 */
export const BENCH_ORG_ID = 'org_benchcheckout';
export const BENCH_CITY = 'Bench City';
export const HOT_VARIANT = 'var_bench_hot';
export const SCARCE_VARIANT = 'var_bench_scarce';
export const SCARCE_STOCK = 100;
export const TAX_RATE_BPS = 1200;
export const TARIFF = { id: 'dtf_bench', baseCost: 500, costPerKg: 100 };

export const manyVariant = (i: number) => `var_bench_m${String(i).padStart(6, '0')}`;
/** Price and weight of a seeded product: index -1 is the hot one, -2 the scarce one. */
export const priceOf = (i: number) => (i < 0 ? 2500 : 1000 + ((i * 37) % 9000));
export const weightOf = (i: number) => (i < 0 ? 400 : 100 + (i % 900));

export async function seedCheckoutStore(url: string, products: number) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.begin(async (tx) => {
      // Enterprise: no monthly order cap (the bench places tens of thousands).
      await tx`insert into organizations (id, name, slug, kind, plan, default_currency, default_locale)
               values (${BENCH_ORG_ID}, 'Checkout bench', 'bench-checkout', 'store', 'enterprise', 'USD', 'en')`;
      await tx`insert into warehouses (id, organization_id, name, is_default) values ('wh_bench', ${BENCH_ORG_ID}, 'Main', true)`;
      await tx`insert into checkout_settings (id, organization_id, cod_enabled, pickup_enabled, prices_include_tax)
               values ('cks_bench', ${BENCH_ORG_ID}, true, true, false)`;
      await tx`insert into delivery_zones (id, organization_id, name, city) values ('dzn_bench', ${BENCH_ORG_ID}, 'Bench', ${BENCH_CITY})`;
      await tx`insert into delivery_tariffs (id, organization_id, zone_id, name, base_cost, cost_per_kg, currency, estimated_hours)
               values (${TARIFF.id}, ${BENCH_ORG_ID}, 'dzn_bench', 'Courier', ${TARIFF.baseCost}, ${TARIFF.costPerKg}, 'USD', 24)`;
      // i = -1 hot, -2 scarce, 0..products-1 the rest.
      await tx`
        with p as (
          select i,
            case i when -1 then 'hot' when -2 then 'scarce' else 'm' || lpad(i::text, 6, '0') end as key,
            case when i < 0 then 2500 else 1000 + (i * 37) % 9000 end as price,
            case when i < 0 then 400 else 100 + i % 900 end as weight,
            case i when -1 then 10000000 when -2 then ${SCARCE_STOCK} else 1000000 end as stock
          from generate_series(-2, ${products - 1}) i
        ), ins as (
          insert into products (id, organization_id, name, slug, sku, base_price, currency, tax_rate_bps, weight_grams, status, published_at)
          select 'prod_bench_' || key, ${BENCH_ORG_ID}, 'Bench product ' || key, 'bench-' || key, 'B-' || key, price, 'USD', ${TAX_RATE_BPS}, weight, 'active', now()
          from p returning id
        ), var as (
          insert into product_variants (id, organization_id, product_id, name, is_default)
          select 'var_bench_' || key, ${BENCH_ORG_ID}, 'prod_bench_' || key, 'Default', true from p
          returning id
        )
        select count(*) from ins`;
      await tx`
        insert into stock_levels (id, organization_id, warehouse_id, product_id, variant_id, quantity)
        select 'stk_' || v.id, v.organization_id, 'wh_bench', v.product_id, v.id,
               case v.id when ${HOT_VARIANT} then 10000000 when ${SCARCE_VARIANT} then ${SCARCE_STOCK} else 1000000 end
        from product_variants v where v.organization_id = ${BENCH_ORG_ID}`;
    });
    await sql`vacuum analyze`;
  } finally {
    await sql.end();
  }
}

export type OversellCheck = { variantsOverReserved: number; itemUnits: number; reservedUnits: number; activeReservationUnits: number; oversell: number };

/** After a run: no variant holds more than it has (no backorders here), and every ordered unit is reserved exactly once. */
export async function checkOversell(url: string): Promise<OversellCheck> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ over: number; items: number; reserved: number; held: number }[]>`
      select
        (select count(*)::int from stock_levels s join products p on p.organization_id = s.organization_id and p.id = s.product_id
          where s.organization_id = ${BENCH_ORG_ID} and s.reserved > s.quantity and not p.allow_backorder) as over,
        (select coalesce(sum(quantity), 0)::int from order_items where organization_id = ${BENCH_ORG_ID}) as items,
        (select coalesce(sum(reserved), 0)::int from stock_levels where organization_id = ${BENCH_ORG_ID}) as reserved,
        (select coalesce(sum(quantity), 0)::int from stock_reservations where organization_id = ${BENCH_ORG_ID} and status = 'active') as held`;
    const r = row!;
    return {
      variantsOverReserved: r.over,
      itemUnits: r.items,
      reservedUnits: r.reserved,
      activeReservationUnits: r.held,
      oversell: r.over + Math.abs(r.items - r.reserved) + Math.abs(r.items - r.held),
    };
  } finally {
    await sql.end();
  }
}
