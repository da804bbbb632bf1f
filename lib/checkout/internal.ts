import 'server-only';
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { checkoutSettings, deliveryTariffs, deliveryZones, paymentGateways, productImages, products, productVariants, type CheckoutSettings, type Product, type ProductVariant } from '@/db/schema';
import { variantPrice } from '@/lib/storefront/catalog/page-variant';
import { variantAvailable } from '@/lib/storefront/catalog/product-availability';
import { visibleProducts } from '@/lib/storefront/catalog/visible';
import type { TariffRule, ZoneRule } from './delivery-options';
import { prepared } from './prepared';

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

/** The org's checkout settings (or the defaults) and whether card payment can actually run (an active Stripe account). */
export async function loadCheckoutSettings(tx: Tx, orgId: string): Promise<LoadedSettings> {
  const [row] = await prepared(
    tx
    .select({
      settings: checkoutSettings,
      stripeActive: sql<boolean>`exists (select 1 from ${paymentGateways} where ${paymentGateways.organizationId} = ${orgId}
        and ${paymentGateways.provider} = 'stripe' and ${paymentGateways.isActive})`,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(checkoutSettings, eq(checkoutSettings.organizationId, orgId)),
  );
  const s = row?.settings;
  const settings: EffectiveCheckoutSettings = s
    ? {
        cardEnabled: s.cardEnabled,
        codEnabled: s.codEnabled,
        bankTransferEnabled: s.bankTransferEnabled,
        bankTransferInstructions: s.bankTransferInstructions,
        pickupEnabled: s.pickupEnabled,
        pickupInstructions: s.pickupInstructions,
        pricesIncludeTax: s.pricesIncludeTax,
        cardPaymentTimeoutMinutes: s.cardPaymentTimeoutMinutes,
      }
    : DEFAULT_CHECKOUT_SETTINGS;
  return { settings, cardAvailable: settings.cardEnabled && Boolean(row?.stripeActive) };
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

/** The lines' read, built once: placeOrder runs it before the lock and again under it. */
export function catalogLinesReader(tx: Tx, orgId: string, variantIds: string[], { withStock }: { withStock: boolean }): () => Promise<Map<string, CatalogLine>> {
  if (variantIds.length === 0) return async () => new Map();
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

/**
 * The store's active zones with their active tariffs, in one round trip. Zones are few per
 * store; pickZone matches the city in JS, with the same folding of case and spaces as districts.
 */
export async function loadDeliveryRules(tx: Tx, orgId: string): Promise<{ zones: ZoneRule[]; tariffs: TariffRule[] }> {
  const rows = await prepared(
    tx
    .select({
      zone: {
        id: deliveryZones.id,
        name: deliveryZones.name,
        city: deliveryZones.city,
        districts: deliveryZones.districts,
        postalCodes: deliveryZones.postalCodes,
        isActive: deliveryZones.isActive,
        sortOrder: deliveryZones.sortOrder,
      },
      tariff: {
        id: deliveryTariffs.id,
        zoneId: deliveryTariffs.zoneId,
        name: deliveryTariffs.name,
        baseCost: deliveryTariffs.baseCost,
        costPerKg: deliveryTariffs.costPerKg,
        minOrderAmount: deliveryTariffs.minOrderAmount,
        freeDeliveryThreshold: deliveryTariffs.freeDeliveryThreshold,
        estimatedHours: deliveryTariffs.estimatedHours,
        isActive: deliveryTariffs.isActive,
        sortOrder: deliveryTariffs.sortOrder,
      },
    })
    .from(deliveryZones)
    .leftJoin(
      deliveryTariffs,
      and(
        eq(deliveryTariffs.organizationId, deliveryZones.organizationId),
        eq(deliveryTariffs.zoneId, deliveryZones.id),
        eq(deliveryTariffs.isActive, true),
        isNull(deliveryTariffs.deletedAt),
      ),
    )
    .where(and(eq(deliveryZones.organizationId, orgId), eq(deliveryZones.isActive, true), isNull(deliveryZones.deletedAt))),
  );
  const zones = new Map(rows.map((r) => [r.zone.id, r.zone]));
  return { zones: [...zones.values()], tariffs: rows.flatMap((r) => (r.tariff ? [r.tariff] : [])) };
}
