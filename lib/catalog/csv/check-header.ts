import { KNOWN_COLUMNS, MAX_OPTIONS, STOCK_PREFIX, type RowError } from './format';

export type WarehouseRef = { id: string; code: string | null; name: string };
export type StockColumn = { index: number; column: string; warehouseId: string };
export type Header = { columns: (string | null)[]; stock: StockColumn[]; errors: RowError[] };

/**
 * Reads the header row: known columns (any case), `stock:<code or name>` columns resolved to
 * the organization's warehouses (code first, then name). Any problem here is a file error:
 * every row would be read wrongly, so nothing is imported whatever the mode.
 */
export function checkHeader(cells: string[], warehouses: WarehouseRef[]): Header {
  const errors: RowError[] = [];
  const columns: (string | null)[] = [];
  const stock: StockColumn[] = [];
  const seen = new Set<string>();
  const lower = (s: string | null) => (s ?? '').trim().toLowerCase();
  const add = (column: string | null, message: string) => errors.push({ row: 1, column, message });
  if (cells.length === 1 && /[;\t]/.test(cells[0]!)) {
    add(null, 'The columns are separated by semicolons or tabs; save the file as CSV with commas (“CSV UTF-8”).');
    return { columns: cells.map(() => null), stock, errors };
  }

  cells.forEach((raw, index) => {
    const name = raw.trim();
    const key = name.toLowerCase();
    columns.push(null);
    if (!name) return add(null, `Column ${index + 1} has no name in the header.`);
    if (key.startsWith(STOCK_PREFIX)) {
      const ref = lower(name.slice(STOCK_PREFIX.length));
      const warehouse = warehouses.find((w) => lower(w.code) === ref) ?? warehouses.find((w) => lower(w.name) === ref);
      if (!warehouse) return add(name, `No warehouse has the code or name “${name.slice(STOCK_PREFIX.length).trim()}”.`);
      if (stock.some((s) => s.warehouseId === warehouse.id)) return add(name, `Another column is also the stock of warehouse “${warehouse.name}”.`);
      stock.push({ index, column: name, warehouseId: warehouse.id });
      return;
    }
    if (!KNOWN_COLUMNS.has(key)) return add(name, 'Unknown column. Check its spelling against the format (or download the template).');
    if (seen.has(key)) return add(name, 'This column appears twice.');
    seen.add(key);
    columns[index] = key;
  });

  if (!seen.has('product_slug')) add('product_slug', 'The file needs a product_slug column.');
  for (let i = 1; i <= MAX_OPTIONS; i++) {
    if (seen.has(`option${i}_name`) !== seen.has(`option${i}_value`)) {
      add(seen.has(`option${i}_name`) ? `option${i}_value` : `option${i}_name`, `option${i}_name and option${i}_value go together.`);
    }
  }
  return { columns, stock, errors };
}
