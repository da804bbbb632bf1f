import 'server-only';
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { productImages, products, productVariants, type CheckoutSettings, type Product, type ProductVariant } from '@/db/schema';
import { txSql } from '@/lib/inventory/reservations/tx-sql';
import { variantPrice } from '@/lib/storefront/catalog/page-variant';
import { variantAvailable } from '@/lib/storefront/catalog/product-availability';
import { visibleProducts } from '@/lib/storefront/catalog/visible';
import type { TariffRule, ZoneRule } from './delivery-options';

export type EffectiveCheckoutSettings = Pick<
  CheckoutSettings,
  | 'cardEnabled'
  | 'codEnabled'
  | 'bankTransferEnabled'
  | 'bankTransferInstructions'
  | 'pickupEnabled'
  | 'pickupInstructions'
  | 'pricesIncludeTax'
  | 'cardPaymentTimeoutMinutes'
>;

/** Without a checkout_settings row: cash on delivery only, prices include tax. */
export const DEFAULT_CHECKOUT_SETTINGS: EffectiveCheckoutSettings = {
  cardEnabled: false,
  codEnabled: true,
  bankTransferEnabled: false,
  bankTransferInstructions: null,
  pickupEnabled: false,
  pickupInstructions: null,
  pricesIncludeTax: true,
  cardPaymentTimeoutMinutes: 30,
};

export type LoadedSettings = { settings: EffectiveCheckoutSettings; cardAvailable: boolean };

const SETTINGS = `
select s.card_enabled, s.cod_enabled, s.bank_transfer_enabled, s.bank_transfer_instructions, s.pickup_enabled, s.pickup_instructions,
  s.prices_include_tax, s.card_payment_timeout_minutes, s.organization_id is not null as found,
  exists (select 1 from payment_gateways g where g.organization_id = $1 and g.provider = 'stripe' and g.is_active) as stripe_active
from (select 1) as one left join checkout_settings s on s.organization_id = $1`;

type SettingsRow = {
  card_enabled: boolean;
  cod_enabled: boolean;
  bank_transfer_enabled: boolean;
  bank_transfer_instructions: string | null;
  pickup_enabled: boolean;
  pickup_instructions: string | null;
  prices_include_tax: boolean;
  card_payment_timeout_minutes: number;
  found: boolean;
  stripe_active: boolean;
};

/** The org's checkout settings (or the defaults) and whether card payment can actually run (an active Stripe account). */
export async function loadCheckoutSettings(tx: Tx, orgId: string): Promise<LoadedSettings> {
  const [row] = await txSql(tx).unsafe<SettingsRow[]>(SETTINGS, [orgId], { prepare: true });
  const settings: EffectiveCheckoutSettings = row?.found
    ? {
        cardEnabled: row.card_enabled,
        codEnabled: row.cod_enabled,
        bankTransferEnabled: row.bank_transfer_enabled,
        bankTransferInstructions: row.bank_transfer_instructions,
        pickupEnabled: row.pickup_enabled,
        pickupInstructions: row.pickup_instructions,
        pricesIncludeTax: row.prices_include_tax,
        cardPaymentTimeoutMinutes: row.card_payment_timeout_minutes,
      }
    : DEFAULT_CHECKOUT_SETTINGS;
  return { settings, cardAvailable: settings.cardEnabled && Boolean(row?.stripe_active) };
}

export type CatalogLine = {
  productId: string;
  variantId: string;
  name: string;
  variantName: string | null;
  sku: string | null;
  optionValues: Record<string, string>;
  /** The variant's image, else the product's primary (or first) one: its thumbnail's storage key. */
  imageKey: string | null;
  unitPrice: number;
  taxRateBps: number;
  weightGrams: number | null;
  productWeightGrams: number | null;
  requiresShipping: boolean;
  allowBackorder: boolean;
  minOrderQuantity: number;
  maxOrderQuantity: number | null;
  /** Units in warehouses that count (only when asked for). */
  available: number | null;
  /** "Trail boot (42)": the product, and the variant when the product has options. */
  label: string;
  /** Placement's read only: the row's hash (lineVersionSql). */
  version?: string;
};

const lineColumns = {
  productId: products.id,
  productName: products.name,
  productPrice: products.price,
  basePrice: products.basePrice,
  taxRateBps: products.taxRateBps,
  productWeightGrams: products.weightGrams,
  requiresShipping: products.requiresShipping,
  allowBackorder: products.allowBackorder,
  minOrderQuantity: products.minOrderQuantity,
  maxOrderQuantity: products.maxOrderQuantity,
  variantId: productVariants.id,
  variantName: productVariants.name,
  variantSku: productVariants.sku,
  productSku: products.sku,
  optionValues: productVariants.optionValues,
  variantPrice: productVariants.price,
  priceAdjustment: productVariants.priceAdjustment,
  weightGrams: productVariants.weightGrams,
};

/**
 * The lines' variants as a shopper may buy them: this organization's active, published, not
 * deleted products and their active variants. Missing ids are simply absent from the map.
 * The unit price is the storefront's own `variantPrice`, so checkout charges what the page shows.
 */
const imageKeyOf = (orgId: string) => sql<string | null>`(
  select ${productImages.thumbnailKey} from ${productImages}
  where ${productImages.organizationId} = ${orgId} and ${productImages.productId} = ${products.id}
  order by ${productImages.id} = ${productVariants.imageId} desc nulls last, ${productImages.isPrimary} desc, ${productImages.sortOrder}, ${productImages.id}
  limit 1)`;

function selectLines(tx: Tx, orgId: string, variantIds: string[], withStock: boolean) {
  return tx
    .select({ ...lineColumns, imageKey: imageKeyOf(orgId), available: withStock ? variantAvailable(tx, orgId) : sql<number | null>`null` })
    .from(productVariants)
    .innerJoin(products, and(eq(products.organizationId, productVariants.organizationId), eq(products.id, productVariants.productId)))
    .where(
      and(
        eq(productVariants.organizationId, orgId),
        inArray(productVariants.id, variantIds),
        eq(productVariants.isActive, true),
        isNull(productVariants.deletedAt),
        visibleProducts(orgId),
        isNotNull(products.publishedAt),
      ),
    );
}
type LineRow = Awaited<ReturnType<typeof selectLines>>[number];

/** selectLines without stock, by hand (money as float8: exact below 2^53, like drizzle's number mode). */
export const placementLinesSql = (org: string, ids: string) =>
  `select p.id as "productId", p.name as "productName", p.price::float8 as "productPrice", p.base_price::float8 as "basePrice",
  p.tax_rate_bps as "taxRateBps", p.weight_grams as "productWeightGrams", p.requires_shipping as "requiresShipping",
  p.allow_backorder as "allowBackorder", p.min_order_quantity as "minOrderQuantity", p.max_order_quantity as "maxOrderQuantity",
  v.id as "variantId", v.name as "variantName", v.sku as "variantSku", p.sku as "productSku", v.option_values as "optionValues",
  v.price::float8 as "variantPrice", v.price_adjustment::float8 as "priceAdjustment", v.weight_grams as "weightGrams",
  (select i.thumbnail_key from product_images i
   where i.organization_id = ${org} and i.product_id = p.id
   order by i.id = v.image_id desc nulls last, i.is_primary desc, i.sort_order, i.id
   limit 1) as "imageKey",
  null::int as available
from product_variants v
join products p on p.organization_id = v.organization_id and p.id = v.product_id
where v.organization_id = ${org} and v.id = any(${ids}::text[]) and v.is_active and v.deleted_at is null
  and p.organization_id = ${org} and p.status = 'active' and p.deleted_at is null and p.published_at is not null`;

/** A line's version: what placement read of it, hashed, to tell under the lock that nothing changed. */
export const lineVersionSql = (org: string, ids: string) => `select md5(row(x.*)::text) as version from (${placementLinesSql(org, ids)}) x`;

const PLACEMENT_LINES = `select x.*, md5(row(x.*)::text) as version from (${placementLinesSql('$1', '$2')}) x`;

/**
 * The lines' read, built once: placeOrder runs it before the lock and again under it (then
 * without stock, as hand-written SQL sent at once: no query building on the checkout's path).
 */
export function catalogLinesReader(tx: Tx, orgId: string, variantIds: string[], { withStock }: { withStock: boolean }): () => Promise<Map<string, CatalogLine>> {
  if (variantIds.length === 0) return async () => new Map();
  if (!withStock) {
    const sql = txSql(tx);
    return async () =>
      new Map((await sql.unsafe<(LineRow & { version: string })[]>(PLACEMENT_LINES, [orgId, variantIds], { prepare: true })).map((r) => [r.variantId, { ...toCatalogLine(r), version: r.version }]));
  }
  const query = selectLines(tx, orgId, variantIds, withStock).prepare('checkout_lines');
  return async () => new Map((await query.execute()).map((r) => [r.variantId, toCatalogLine(r)]));
}

export function loadCatalogLines(tx: Tx, orgId: string, variantIds: string[], options: { withStock: boolean }): Promise<Map<string, CatalogLine>> {
  return catalogLinesReader(tx, orgId, variantIds, options)();
}

function toCatalogLine(r: LineRow): CatalogLine {
  const product: Pick<Product, 'price' | 'basePrice'> = { price: r.productPrice, basePrice: r.basePrice };
  const variant: Pick<ProductVariant, 'price' | 'priceAdjustment'> = { price: r.variantPrice, priceAdjustment: r.priceAdjustment };
  const hasOptions = Object.keys(r.optionValues).length > 0;
  return {
    productId: r.productId,
    variantId: r.variantId,
    name: r.productName,
    variantName: hasOptions ? r.variantName : null,
    sku: r.variantSku ?? r.productSku,
    optionValues: r.optionValues,
    imageKey: r.imageKey,
    unitPrice: variantPrice(product, variant).price,
    taxRateBps: r.taxRateBps,
    weightGrams: r.weightGrams,
    productWeightGrams: r.productWeightGrams,
    requiresShipping: r.requiresShipping,
    allowBackorder: r.allowBackorder,
    minOrderQuantity: r.minOrderQuantity,
    maxOrderQuantity: r.maxOrderQuantity,
    available: r.available === null ? null : Number(r.available),
    label: hasOptions ? `${r.productName} (${r.variantName})` : r.productName,
  };
}

/** Money columns as JS numbers (float8 is exact below 2^53, like drizzle's bigint number mode). */
const DELIVERY_RULES = `
select z.id, z.name, z.city, z.districts, z.postal_codes, z.is_active, z.sort_order,
  t.id as tariff_id, t.zone_id, t.name as tariff_name, t.base_cost::float8 as base_cost, t.cost_per_kg::float8 as cost_per_kg,
  t.min_order_amount::float8 as min_order_amount, t.free_delivery_threshold::float8 as free_delivery_threshold,
  t.estimated_hours, t.is_active as tariff_active, t.sort_order as tariff_sort_order
from delivery_zones z
left join delivery_tariffs t on t.organization_id = z.organization_id and t.zone_id = z.id and t.is_active and t.deleted_at is null
where z.organization_id = $1 and z.is_active and z.deleted_at is null`;

type RuleRow = {
  id: string;
  name: string;
  city: string;
  districts: string[];
  postal_codes: string[];
  is_active: boolean;
  sort_order: number;
  tariff_id: string | null;
  zone_id: string;
  tariff_name: string;
  base_cost: number;
  cost_per_kg: number;
  min_order_amount: number;
  free_delivery_threshold: number | null;
  estimated_hours: number | null;
  tariff_active: boolean;
  tariff_sort_order: number;
};

/**
 * The store's active zones with their active tariffs, in one round trip. Zones are few per
 * store; pickZone matches the city in JS, with the same folding of case and spaces as districts.
 */
export async function loadDeliveryRules(tx: Tx, orgId: string): Promise<{ zones: ZoneRule[]; tariffs: TariffRule[] }> {
  const rows = await txSql(tx).unsafe<RuleRow[]>(DELIVERY_RULES, [orgId], { prepare: true });
  const zones = new Map<string, ZoneRule>();
  const tariffs: TariffRule[] = [];
  for (const r of rows) {
    if (!zones.has(r.id)) zones.set(r.id, { id: r.id, name: r.name, city: r.city, districts: r.districts, postalCodes: r.postal_codes, isActive: r.is_active, sortOrder: r.sort_order });
    if (r.tariff_id) {
      tariffs.push({
        id: r.tariff_id,
        zoneId: r.zone_id,
        name: r.tariff_name,
        baseCost: r.base_cost,
        costPerKg: r.cost_per_kg,
        minOrderAmount: r.min_order_amount,
        freeDeliveryThreshold: r.free_delivery_threshold,
        estimatedHours: r.estimated_hours,
        isActive: r.tariff_active,
        sortOrder: r.tariff_sort_order,
      });
    }
  }
  return { zones: [...zones.values()], tariffs };
}
