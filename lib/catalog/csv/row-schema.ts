import { z } from 'zod';
import { CatalogSlug } from '@/lib/catalog/slug';
import { bool, categorySlug, integer, money, scaled, status, tags, text } from './cells';
import type { ProductColumn } from './format';

/** Product fields as stored, keyed by column; what a row says about its product. */
export function productCells(currency: string) {
  const price = money(currency);
  return {
    name: text(200),
    sku: text(64),
    barcode: text(64),
    brand: text(100),
    category: categorySlug,
    status,
    base_price: price,
    sale_price: price,
    cost_price: price,
    tax_rate: scaled(2, 'percent', 10_000),
    weight_kg: scaled(3, 'kg'),
    length_cm: scaled(1, 'cm'),
    width_cm: scaled(1, 'cm'),
    height_cm: scaled(1, 'cm'),
    featured: bool,
    digital: bool,
    requires_shipping: bool,
    min_order_quantity: integer(1),
    max_order_quantity: integer(1),
    low_stock_threshold: integer(0),
    allow_backorder: bool,
    tags,
    short_description: text(1000),
    description: text(50_000),
    meta_title: text(200),
    meta_description: text(500),
  } satisfies Record<Exclude<ProductColumn, 'product_slug'>, z.ZodType>;
}

export const variantCells = (currency: string) => ({
  option1_name: text(50),
  option1_value: text(100),
  option2_name: text(50),
  option2_value: text(100),
  option3_name: text(50),
  option3_value: text(100),
  variant_sku: text(64),
  variant_price: money(currency),
  variant_active: bool,
});

type ProductCells = ReturnType<typeof productCells>;
export type ProductValues = { [K in keyof ProductCells]: z.output<ProductCells[K]> };
type VariantValues = { [K in keyof ReturnType<typeof variantCells>]: z.output<ReturnType<typeof variantCells>[K]> };
export type RowValues = Partial<ProductValues & VariantValues> & { product_slug: string };

/** The zod schema of one row, for the columns this file has. */
export function rowSchema(currency: string, columns: string[]) {
  const all: Record<string, z.ZodType> = { product_slug: CatalogSlug, ...productCells(currency), ...variantCells(currency) };
  const shape = Object.fromEntries(columns.map((c) => [c, all[c]!]));
  return z.object(shape) as unknown as z.ZodType<RowValues, Record<string, string>>;
}
