import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { checkHeader, type WarehouseRef } from './check-header';
import { MAX_ROWS, type RowError } from './format';
import { rowParser, type CsvRow } from './parse-row';

export type ReadResult = {
  rows: CsvRow[];
  errors: RowError[];
  /** The known columns of the header. */
  columns: string[];
  /** Products with a row that could not be read: valid_rows mode skips all of their rows. */
  badSlugs: Set<string>;
  /** Data rows in the file (not counting the header and blank rows). */
  totalRows: number;
  /** A problem with the file as a whole (header, not CSV, too long): nothing can be imported. */
  fatal: boolean;
};

type Options = {
  warehouses: WarehouseRef[];
  currency: string;
  /** Bytes in the file, to estimate the row total while it is still being read. */
  size: number;
  onProgress?: (done: number, total: number) => void;
};

const PROGRESS_EVERY = 200;

/**
 * Streams the file through csv-parse and checks each row on its own (the zod row schema).
 * Row numbers are spreadsheet rows: the header is row 1, blank rows still count.
 */
export async function readRows(source: AsyncIterable<Uint8Array>, options: Options): Promise<ReadResult> {
  const parser = Readable.from(source).pipe(parse({ bom: true, relax_column_count: true }));
  const rows: CsvRow[] = [];
  const errors: RowError[] = [];
  const badSlugs = new Set<string>();
  let columns: string[] = [];
  const done = (fatal: boolean) => ({ rows, errors, badSlugs, columns, totalRows, fatal });
  let parseRow: ReturnType<typeof rowParser> | undefined;
  let rowNumber = 0;
  let totalRows = 0;

  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      rowNumber++;
      if (rowNumber === 1) {
        const header = checkHeader(cells, options.warehouses);
        if (header.errors.length > 0) {
          errors.push(...header.errors);
          return done(true);
        }
        parseRow = rowParser(header, options.currency);
        columns = header.columns.filter((c): c is string => c !== null);
        continue;
      }
      if (cells.every((c) => c.trim() === '')) continue;
      if (++totalRows > MAX_ROWS) {
        errors.push({ row: rowNumber, column: null, message: `A file can have at most ${MAX_ROWS.toLocaleString('en')} rows; split it into several files.` });
        totalRows--;
        return done(true);
      }
      const result = parseRow!(cells, rowNumber);
      if (cells.some((c) => c.includes('\uFFFD'))) {
        errors.push({ row: rowNumber, column: null, message: 'This row has characters that are not UTF-8. Save the file as “CSV UTF-8”.' });
        const slug = 'row' in result ? result.row.slug : result.slug;
        if (slug) badSlugs.add(slug);
      } else if ('row' in result) rows.push(result.row);
      else {
        errors.push(...result.errors);
        if (result.slug) badSlugs.add(result.slug);
      }
      if (totalRows % PROGRESS_EVERY === 0) {
        const bytes = Math.max(1, parser.info.bytes);
        options.onProgress?.(totalRows, Math.max(totalRows, Math.round((totalRows * options.size) / bytes)));
      }
    }
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    errors.push({ row: rowNumber + 1, column: null, message: `The file is not valid CSV from here on (${e.message}).` });
    return done(true);
  } finally {
    parser.destroy();
  }
  if (rowNumber === 0) {
    errors.push({ row: 1, column: null, message: 'The file is empty.' });
    return done(true);
  }
  options.onProgress?.(totalRows, totalRows);
  return done(false);
}
