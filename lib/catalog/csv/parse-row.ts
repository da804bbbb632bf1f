import { CatalogSlug } from '@/lib/catalog/slug';
import { restoreFormula } from './csv-line';
import { MAX_OPTIONS, PRODUCT_COLUMNS, type RowError } from './format';
import type { Header } from './check-header';
import { rowSchema, type ProductValues, type RowValues } from './row-schema';
import { MAX_UNITS } from '@/lib/inventory/stock/schemas';

export type CsvRow = {
  row: number;
  slug: string;
  /** Product columns present in the header, empty cells replaced by their defaults. */
  product: Partial<ProductValues>;
  /** Product columns with a non-empty cell in this row. */
  filled: Set<keyof ProductValues>;
  options: { name: string; value: string }[];
  variant: { sku?: string | null; price?: number | null; isActive?: boolean };
  stock: { column: string; warehouseId: string; quantity: number }[];
};

/** What an empty cell means for a column that cannot be empty in the database. */
const DEFAULTS: Partial<ProductValues> = {
  featured: false, digital: false, requires_shipping: true, allow_backorder: false,
  min_order_quantity: 1, low_stock_threshold: 10, tax_rate: 0,
};

export type ParsedRow = { row: CsvRow } | { errors: RowError[]; slug: string | null };

/**
 * One record → a typed row, or its errors (every problem of the row, with its column) and the
 * product it belongs to, if readable, so the rest of that product can be skipped too.
 */
export function rowParser(header: Header, currency: string) {
  const named = header.columns.flatMap((c, index) => (c ? [{ c, index }] : []));
  const schema = rowSchema(currency, named.map((n) => n.c));
  const productColumns = new Set<string>(PRODUCT_COLUMNS);

  return (cells: string[], row: number): ParsedRow => {
    const record = Object.fromEntries(named.map(({ c, index }) => [c, restoreFormula(cells[index] ?? '')]));
    const slug = CatalogSlug.safeParse(record.product_slug ?? '').data ?? null;
    if (cells.length !== header.columns.length) {
      return { errors: [{ row, column: null, message: `This row has ${cells.length} cells; the header has ${header.columns.length}.` }], slug };
    }
    const errors: RowError[] = [];
    const fail = (column: string | null, message: string) => errors.push({ row, column, message });
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(String(issue.path[0] ?? '') || null, issue.message);
    }

    const stock: CsvRow['stock'] = [];
    for (const s of header.stock) {
      const raw = restoreFormula(cells[s.index]!).trim();
      if (!raw) continue;
      if (!/^-?\d+$/.test(raw) || Math.abs(Number(raw)) > MAX_UNITS) fail(s.column, `Enter the counted quantity as a whole number up to ${MAX_UNITS.toLocaleString('en')} (empty to leave it as it is).`);
      else stock.push({ column: s.column, warehouseId: s.warehouseId, quantity: Number(raw) });
    }
    if (!parsed.success) return { errors, slug };

    const v: RowValues = parsed.data;
    const product: Partial<ProductValues> = {};
    const filled = new Set<keyof ProductValues>();
    for (const { c } of named) {
      if (!productColumns.has(c) || c === 'product_slug') continue;
      const key = c as keyof ProductValues;
      const value = v[key] ?? DEFAULTS[key] ?? null;
      (product as Record<string, unknown>)[key] = value;
      if (record[c]!.trim()) filled.add(key);
    }

    const options: CsvRow['options'] = [];
    for (let i = 1; i <= MAX_OPTIONS; i++) {
      const name = v[`option${i}_name` as keyof RowValues] as string | null | undefined;
      const value = v[`option${i}_value` as keyof RowValues] as string | null | undefined;
      if (!name && !value) continue;
      if (!name || !value) fail(`option${i}_${name ? 'value' : 'name'}`, `Fill in both option${i}_name and option${i}_value, or neither.`);
      else if (options.length !== i - 1) fail(`option${i}_name`, `Fill in option${i - 1} before option${i}.`);
      else if (options.some((o) => o.name.toLowerCase() === name.toLowerCase())) fail(`option${i}_name`, `Option “${name}” is named twice.`);
      else options.push({ name, value });
    }

    if (v.sale_price != null && v.base_price != null && v.sale_price > v.base_price) fail('sale_price', 'The sale price cannot be above the base price.');
    if (v.max_order_quantity != null && v.max_order_quantity < (v.min_order_quantity ?? 1)) fail('max_order_quantity', 'Must be at least the minimum order quantity.');
    for (const s of stock) {
      if (s.quantity < 0 && v.allow_backorder !== true) fail(s.column, 'Enter 0 or more (negative stock needs allow_backorder = yes).');
    }
    if (errors.length > 0) return { errors, slug };

    const variant: CsvRow['variant'] = {};
    if ('variant_sku' in v) variant.sku = v.variant_sku ?? null;
    if ('variant_price' in v) variant.price = v.variant_price ?? null;
    if ('variant_active' in v) variant.isActive = v.variant_active ?? true;
    return { row: { row, slug: v.product_slug, product, filled, options, variant, stock } };
  };
}
