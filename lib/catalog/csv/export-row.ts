import { toDecimalString } from '@/lib/money/money';
import { MAX_OPTIONS, TAG_SEPARATOR } from './format';

/** One variant row as the export query returns it (postgres-js: int8 as strings, jsonb parsed). */
export type ExportRow = {
  slug: string; name: string; sku: string | null; barcode: string | null; brand: string | null; category: string | null; status: string;
  base_price: string; sale_price: string | null; cost_price: string | null; tax_rate_bps: number;
  weight_grams: number | null; length_mm: number | null; width_mm: number | null; height_mm: number | null;
  is_featured: boolean; is_digital: boolean; requires_shipping: boolean;
  min_order_quantity: number; max_order_quantity: number | null; low_stock_threshold: number; allow_backorder: boolean;
  tags: string[]; short_description: string | null; description: string | null; meta_title: string | null; meta_description: string | null;
  options: { name: string; values: string[] }[];
  option_values: Record<string, string>; variant_sku: string | null; variant_price: string | null; price_adjustment: string; is_active: boolean;
  stock: Record<string, number>;
};

/** 1250 with 3 digits → "1.25": the plain decimal form import reads back (kg, cm, percent). */
export function scaledString(value: number | null, digits: number): string {
  if (value === null) return '';
  const padded = String(value).padStart(digits + 1, '0');
  return `${padded.slice(0, -digits)}.${padded.slice(-digits)}`.replace(/\.?0+$/, '');
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** The cells of one row, in `csvHeader` order; `warehouseIds` in the order of the stock columns. */
export function exportCells(r: ExportRow, currency: string, warehouseIds: string[]): (string | number)[] {
  const money = (v: string | null) => (v === null ? '' : toDecimalString(Number(v), currency));
  const base = Number(r.base_price);
  const productPrice = r.sale_price === null ? base : Number(r.sale_price);
  const adjustment = Number(r.price_adjustment);
  const variantPrice = r.variant_price !== null ? money(r.variant_price) : adjustment !== 0 ? toDecimalString(productPrice + adjustment, currency) : '';
  const options = Array.from({ length: MAX_OPTIONS }, (_, i) => {
    const name = r.options[i]?.name;
    return name ? [name, r.option_values[name] ?? ''] : ['', ''];
  }).flat();
  return [
    r.slug, r.name, r.sku ?? '', r.barcode ?? '', r.brand ?? '', r.category ?? '', r.status,
    money(r.base_price), money(r.sale_price), money(r.cost_price), scaledString(r.tax_rate_bps, 2),
    scaledString(r.weight_grams, 3), scaledString(r.length_mm, 1), scaledString(r.width_mm, 1), scaledString(r.height_mm, 1),
    yesNo(r.is_featured), yesNo(r.is_digital), yesNo(r.requires_shipping),
    r.min_order_quantity, r.max_order_quantity ?? '', r.low_stock_threshold, yesNo(r.allow_backorder), r.tags.join(TAG_SEPARATOR),
    r.short_description ?? '', r.description ?? '', r.meta_title ?? '', r.meta_description ?? '',
    ...options, r.variant_sku ?? '', variantPrice, yesNo(r.is_active),
    ...warehouseIds.map((id) => r.stock[id] ?? 0),
  ];
}
