/**
 * The product CSV format, shared by export, import, the template and the import page's
 * documentation. One row per variant; rows with the same `product_slug` are one product.
 * No server imports: the import page's client components use it too.
 */
export const PRODUCT_COLUMNS = [
  'product_slug', 'name', 'sku', 'barcode', 'brand', 'category', 'status',
  'base_price', 'sale_price', 'cost_price', 'tax_rate',
  'weight_kg', 'length_cm', 'width_cm', 'height_cm',
  'featured', 'digital', 'requires_shipping', 'min_order_quantity', 'max_order_quantity',
  'low_stock_threshold', 'allow_backorder', 'tags',
  'short_description', 'description', 'meta_title', 'meta_description',
] as const;

export const MAX_OPTIONS = 3;
export const OPTION_COLUMNS = [
  'option1_name', 'option1_value', 'option2_name', 'option2_value', 'option3_name', 'option3_value',
] as const;
export const VARIANT_COLUMNS = [...OPTION_COLUMNS, 'variant_sku', 'variant_price', 'variant_active'] as const;

export type ProductColumn = (typeof PRODUCT_COLUMNS)[number];
export type VariantColumn = (typeof VARIANT_COLUMNS)[number];
export type KnownColumn = ProductColumn | VariantColumn;

export const STOCK_PREFIX = 'stock:';
export const TAG_SEPARATOR = '|';
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Parsed rows are held until the import commits; this bounds that memory. */
export const MAX_ROWS = 50_000;

export const KNOWN_COLUMNS: ReadonlySet<string> = new Set<string>([...PRODUCT_COLUMNS, ...VARIANT_COLUMNS]);

/** `stock:<code or name>`: a warehouse is named by its code when it has one. */
export const stockColumn = (warehouse: { code: string | null; name: string }) => `${STOCK_PREFIX}${warehouse.code || warehouse.name}`;

/** The header export writes and the template offers; import accepts any subset that has product_slug. */
export function csvHeader(warehouses: { code: string | null; name: string }[]): string[] {
  return [...PRODUCT_COLUMNS, ...VARIANT_COLUMNS, ...warehouses.map(stockColumn)];
}

export const IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export type RowError = { row: number; column: string | null; message: string };

export type ImportResult = {
  imported: boolean;
  dryRun: boolean;
  mode: ImportMode;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Variants created or changed. */
  variants: number;
  variantsRemoved: number;
  stockChanges: number;
  skippedProducts: number;
  skippedRows: number;
  errors: RowError[];
};

export type ImportProgress = { type: 'progress'; phase: 'validating' | 'importing'; done: number; total: number };
export type ImportStreamLine =
  | ImportProgress
  | ({ type: 'result' } & ImportResult)
  | { type: 'error'; error: { code: string; message: string } };

/** What each column means, for the import page. */
export const COLUMN_DOCS: { column: string; meaning: string }[] = [
  { column: 'product_slug', meaning: 'Required. The product key: rows with the same slug are one product; an existing product with this slug is updated, otherwise one is created.' },
  { column: 'name', meaning: 'Required for a new product.' },
  { column: 'sku, barcode, brand', meaning: 'Product SKU (unique in your catalog), barcode and brand.' },
  { column: 'category', meaning: 'The slug of one of your categories; empty for none.' },
  { column: 'status', meaning: 'draft, active, inactive, out_of_stock or discontinued. Empty keeps an existing product’s status; new products start as draft.' },
  { column: 'base_price, sale_price, cost_price', meaning: 'Amounts in your store currency, like 12.50, with no more decimals than the currency has. base_price is required for a new product.' },
  { column: 'tax_rate', meaning: 'Percent, e.g. 18 or 7.5.' },
  { column: 'weight_kg, length_cm, width_cm, height_cm', meaning: 'Weight in kilograms, dimensions in centimetres.' },
  { column: 'featured, digital, requires_shipping, allow_backorder', meaning: 'yes/no (also true/false, 1/0).' },
  { column: 'min_order_quantity, max_order_quantity, low_stock_threshold', meaning: 'Whole numbers.' },
  { column: 'tags', meaning: 'Separated by |, e.g. summer|cotton.' },
  { column: 'short_description, description, meta_title, meta_description', meaning: 'Text; line breaks are allowed inside quotes.' },
  { column: 'option1_name, option1_value … option3_value', meaning: 'Up to three options (e.g. Size = M). Every row of a product names the same options in the same order; each combination once. Leave them empty for a product without options (one row).' },
  { column: 'variant_sku, variant_price, variant_active', meaning: 'Variant SKU (unique), its own price (empty: the product’s price) and whether it is for sale (yes/no).' },
  { column: 'stock:<warehouse>', meaning: 'One column per warehouse, named by its code or name: the counted quantity to set. Empty leaves the stock as it is.' },
];
