import type { RowError } from './format';
import type { CsvRow } from './parse-row';
import type { ProductValues } from './row-schema';

export type ImportVariant = {
  row: number;
  optionValues: Record<string, string>;
  variant: CsvRow['variant'];
  stock: CsvRow['stock'];
};

export type ImportProduct = {
  slug: string;
  firstRow: number;
  rows: number[];
  /** From the product's first row. */
  fields: Partial<ProductValues>;
  options: { name: string; values: string[] }[];
  variants: ImportVariant[];
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Rows → products, with the checks that span rows: a product's rows agree on its fields
 * (later rows may leave them empty) and on its option names; each option combination once;
 * variant SKUs and product SKUs unique within the file. Every error names its row and column.
 * `unreadable`: products with a row that failed on its own (they are not imported anyway).
 */
export function groupProducts(rows: CsvRow[], unreadable: ReadonlySet<string> = new Set()): { products: ImportProduct[]; errors: RowError[]; badSlugs: Set<string> } {
  const errors: RowError[] = [];
  const badSlugs = new Set<string>();
  const byslug = new Map<string, { first: CsvRow; product: ImportProduct; combos: Map<string, number> }>();
  const variantSkus = new Map<string, number>();
  const productSkus = new Map<string, { slug: string; row: number }>();
  const fail = (r: CsvRow, column: string | null, message: string) => {
    errors.push({ row: r.row, column, message });
    badSlugs.add(r.slug);
  };

  for (const r of rows) {
    let group = byslug.get(r.slug);
    if (!group) {
      const options = r.options.map((o) => ({ name: o.name, values: [] as string[] }));
      group = { first: r, product: { slug: r.slug, firstRow: r.row, rows: [], fields: r.product, options, variants: [] }, combos: new Map() };
      byslug.set(r.slug, group);
      const sku = r.product.sku;
      if (sku) {
        const other = productSkus.get(sku);
        if (other) fail(r, 'sku', `Product SKU ${sku} is also used by “${other.slug}” on row ${other.row}.`);
        else productSkus.set(sku, { slug: r.slug, row: r.row });
      }
    } else if (!unreadable.has(r.slug)) {
      // (When one of the product's rows could not be read, its first row here may not be the
      // file's, so comparing with it would only add confusing errors.)
      for (const key of r.filled) {
        if (!same(r.product[key], group.first.product[key])) {
          fail(r, key, `Differs from row ${group.first.row}, this product’s first row. Repeat the same value or leave it empty.`);
        }
      }
    }
    const { first, product, combos } = group;
    product.rows.push(r.row);

    const names = r.options.map((o) => o.name.toLowerCase());
    if (!same(names, first.options.map((o) => o.name.toLowerCase()))) {
      const expected = first.options.map((o) => o.name).join(' / ') || 'no options';
      if (!unreadable.has(r.slug)) fail(r, 'option1_name', `Row ${first.row} gives this product ${expected}; every row of a product names the same options in the same order.`);
      continue;
    }
    const combo = JSON.stringify(r.options.map((o) => o.value.toLowerCase()));
    const earlier = combos.get(combo);
    if (earlier !== undefined) {
      fail(r, r.options.length ? 'option1_value' : null, r.options.length
        ? `Row ${earlier} already has these option values for this product.`
        : `Row ${earlier} already describes this product and it has no options; give each row option values to list variants.`);
      continue;
    }
    combos.set(combo, r.row);

    const sku = r.variant.sku;
    if (sku) {
      const other = variantSkus.get(sku);
      if (other !== undefined) fail(r, 'variant_sku', `Variant SKU ${sku} is also on row ${other}.`);
      else variantSkus.set(sku, r.row);
    }
    r.options.forEach((o, i) => {
      const values = product.options[i]!.values;
      if (!values.includes(o.value)) values.push(o.value);
    });
    const optionValues = Object.fromEntries(r.options.map((o, i) => [first.options[i]!.name, o.value]));
    product.variants.push({ row: r.row, optionValues, variant: r.variant, stock: r.stock });
  }
  return { products: [...byslug.values()].map((g) => g.product), errors, badSlugs };
}
