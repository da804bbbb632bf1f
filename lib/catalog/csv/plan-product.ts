import { diff } from '@/lib/audit/record-audit';
import { variantName } from '@/lib/catalog/internal';
import type { Product, ProductVariant, productVariants, products } from '@/db/schema';
import type { ImportProduct, ImportVariant } from './group-products';
import type { Catalog } from './load-catalog';
import { rowFailure } from './row-failure';
import type { ProductValues } from './row-schema';

type ProductInsert = typeof products.$inferInsert;
type VariantInsert = typeof productVariants.$inferInsert;
export type StockOp = { variant: number | string; warehouseId: string; delta: number; row: number; column: string | null; reason: string };

/** What writing one product of the file takes; worked out in memory, so an unchanged product costs no query. */
export type ProductPlan = {
  p: ImportProduct;
  existing: Product | undefined;
  /** Fields to insert or update; null when an existing product's fields are unchanged. */
  values: Partial<ProductInsert> | null;
  removed: ProductVariant[];
  /** Variants whose SKU moves to another variant of this product: cleared first. */
  freed: string[];
  updates: { id: string; values: Partial<VariantInsert> }[];
  inserts: { index: number; values: Partial<VariantInsert> }[];
  /** `variant` is an existing variant id, or the index in `p.variants` of one being created. */
  stock: StockOp[];
};

const FIELDS = {
  name: 'name', sku: 'sku', barcode: 'barcode', brand: 'brand', status: 'status',
  base_price: 'basePrice', sale_price: 'salePrice', cost_price: 'costPrice', tax_rate: 'taxRateBps',
  weight_kg: 'weightGrams', length_cm: 'lengthMm', width_cm: 'widthMm', height_cm: 'heightMm',
  featured: 'isFeatured', digital: 'isDigital', requires_shipping: 'requiresShipping',
  min_order_quantity: 'minOrderQuantity', max_order_quantity: 'maxOrderQuantity',
  low_stock_threshold: 'lowStockThreshold', allow_backorder: 'allowBackorder', tags: 'tags',
  short_description: 'shortDescription', description: 'description', meta_title: 'metaTitle', meta_description: 'metaDescription',
} as const satisfies Record<Exclude<keyof ProductValues, 'category'>, keyof ProductInsert>;

/** The product fields the file sets; columns it does not have are left as they are. */
function productValues(p: ImportProduct, catalog: Catalog): Partial<ProductInsert> {
  const values: Record<string, unknown> = { options: p.options };
  for (const [column, field] of Object.entries(FIELDS)) {
    const value = p.fields[column as keyof ProductValues];
    // An empty status keeps the product's status (a new one starts as a draft).
    if (value !== undefined && !(column === 'status' && value === null)) values[field] = value;
  }
  if (p.fields.category !== undefined) values.categoryId = p.fields.category ? catalog.categoryIds.get(p.fields.category)! : null;
  return values as Partial<ProductInsert>;
}

/** Variants are matched by their option values, whatever the case or key order. */
const optionKey = (values: Record<string, string>) => JSON.stringify(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]).sort());

function variantValues(iv: ImportVariant, index: number, names: string[], matched: ProductVariant | undefined, productPrice: number) {
  const values: Partial<VariantInsert> = { name: variantName(iv.optionValues, names), optionValues: iv.optionValues, isDefault: names.length === 0, sortOrder: index };
  const { sku, price, isActive } = iv.variant;
  if (sku !== undefined) values.sku = sku;
  if (isActive !== undefined) values.isActive = isActive;
  if (price === null) Object.assign(values, { price: null, priceAdjustment: 0 });
  // Export writes an adjusted variant's effective price; the same price back keeps the adjustment.
  else if (price !== undefined && !(matched && matched.price === null && price === productPrice + matched.priceAdjustment)) values.price = price;
  return values;
}

/**
 * The file lists all of a product's variants: rows matching an existing variant update it, the
 * others are created, and variants missing from the file are removed (their stock counted out,
 * refused while orders hold some reserved). Counted stock becomes a change by the difference.
 */
export function planProduct(p: ImportProduct, catalog: Catalog): ProductPlan {
  const existing = catalog.existing.get(p.slug);
  const all = productValues(p, catalog);
  const values = !existing || diff(existing as Record<string, unknown>, all).changed ? all : null;
  const final = { ...existing, ...all };
  const productPrice = final.salePrice ?? final.basePrice ?? 0;
  const allowBackorder = final.allowBackorder ?? false;
  const levels = (variantId: string) => catalog.stock.get(variantId) ?? [];

  const current = existing ? (catalog.variants.get(existing.id) ?? []) : [];
  const byKey = new Map(current.map((v) => [optionKey(v.optionValues), v]));
  const matched = p.variants.map((iv) => byKey.get(optionKey(iv.optionValues)));
  const kept = new Set(matched.flatMap((m) => (m ? [m.id] : [])));
  const removed = current.filter((v) => !kept.has(v.id));
  const plan: ProductPlan = { p, existing, values, removed, freed: [], updates: [], inserts: [], stock: [] };

  for (const v of removed) {
    const reserved = levels(v.id).reduce((sum, l) => sum + l.reserved, 0);
    if (reserved > 0) throw rowFailure(p.firstRow, null, `Variant “${v.name}” is not in the file, but orders hold ${reserved} reserved; add its row back.`);
    for (const l of levels(v.id)) {
      if (l.quantity !== 0) plan.stock.push({ variant: v.id, warehouseId: l.warehouseId, delta: -l.quantity, row: p.firstRow, column: null, reason: 'CSV import: variant removed' });
    }
  }
  const names = p.options.map((o) => o.name);
  p.variants.forEach((iv, i) => {
    const m = matched[i];
    const values = variantValues(iv, i, names, m, productPrice);
    if (!m) plan.inserts.push({ index: i, values });
    else if (diff(m as Record<string, unknown>, values).changed) plan.updates.push({ id: m.id, values });
    if (m?.sku && iv.variant.sku !== undefined && iv.variant.sku !== m.sku) plan.freed.push(m.id);
    for (const s of iv.stock) {
      const level = m ? levels(m.id).find((l) => l.warehouseId === s.warehouseId) : undefined;
      const delta = s.quantity - (level?.quantity ?? 0);
      if (delta === 0) continue;
      if (!allowBackorder && s.quantity < (level?.reserved ?? 0)) {
        throw rowFailure(iv.row, s.column, `${level!.reserved} are reserved by orders in this warehouse; the count cannot be lower.`);
      }
      plan.stock.push({ variant: m?.id ?? i, warehouseId: s.warehouseId, delta, row: iv.row, column: s.column, reason: 'CSV import' });
    }
  });
  return plan;
}

export const isNoop = (plan: ProductPlan) =>
  Boolean(plan.existing) && !plan.values && [plan.removed, plan.updates, plan.inserts, plan.stock].every((list) => list.length === 0);
