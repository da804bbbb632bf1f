import 'server-only';
import { withOrgCursor } from '@/db/scope';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { csvLine } from './csv-line';
import { loadCsvWarehouses } from './csv-warehouses';
import { filterSql, type ExportFilters } from './export-filters';
import { exportCells, type ExportRow } from './export-row';
import { csvHeader } from './format';

type Options = {
  /** Rows per cursor fetch (and per chunk of the stream). */
  batchSize?: number;
  /** Called after each fetch with the rows fetched so far (for tests and logging). */
  onBatch?: (rowsFetched: number) => void;
};

/**
 * The organization's products (filtered as on the list page) as a CSV stream, one row per
 * variant. A cursor reads a batch at a time and the stream asks for the next batch only when
 * its reader has taken the previous ones, so memory stays flat whatever the catalog's size.
 */
export async function exportProducts(ctx: OrgContext, filters: ExportFilters, options: Options = {}): Promise<ReadableStream<Uint8Array>> {
  requirePermission(ctx, 'catalog.view');
  const orgId = ctx.org.id;
  const currency = ctx.org.defaultCurrency;
  const stores = await ctx.tx((tx) => loadCsvWarehouses(tx, orgId));
  const warehouseIds = stores.map((w) => w.id);
  const encoder = new TextEncoder();
  let cancelled = false;
  let wake: (() => void) | undefined;
  const resume = () => {
    wake?.();
    wake = undefined;
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // The BOM tells Excel the file is UTF-8; import skips it.
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(csvHeader(stores))}`));
        const run = withOrgCursor(orgId, async (sql) => {
          // Products in id order (an index scan), each with its variants through their (org, product)
          // index: rows leave the database as they are found, with no sort of the whole catalog first.
          const query = sql<ExportRow[]>`
            select p.slug, p.name, p.sku, p.barcode, p.brand, c.slug as category, p.status,
                   p.base_price, p.sale_price, p.cost_price, p.tax_rate_bps,
                   p.weight_grams, p.length_mm, p.width_mm, p.height_mm,
                   p.is_featured, p.is_digital, p.requires_shipping,
                   p.min_order_quantity, p.max_order_quantity, p.low_stock_threshold, p.allow_backorder,
                   p.tags, p.short_description, p.description, p.meta_title, p.meta_description, p.options,
                   v.option_values, v.variant_sku, v.variant_price, v.price_adjustment, v.is_active, v.stock
            from products p
            cross join lateral (
              select v.option_values, v.sku as variant_sku, v.price as variant_price, v.price_adjustment, v.is_active, v.sort_order, v.id,
                     coalesce((select jsonb_object_agg(s.warehouse_id, s.quantity) from stock_levels s
                               where s.organization_id = v.organization_id and s.variant_id = v.id), '{}'::jsonb) as stock
              from product_variants v
              where v.organization_id = p.organization_id and v.product_id = p.id and v.deleted_at is null
            ) v
            left join categories c on c.organization_id = p.organization_id and c.id = p.category_id and c.deleted_at is null
            where p.organization_id = ${orgId} and p.deleted_at is null ${filterSql(sql, orgId, filters)}
            order by p.id, v.sort_order, v.id`;
          let fetched = 0;
          for await (const rows of query.cursor(options.batchSize ?? 500)) {
            if (cancelled) break;
            controller.enqueue(encoder.encode(rows.map((r) => csvLine(exportCells(r, currency, warehouseIds))).join('')));
            fetched += rows.length;
            options.onBatch?.(fetched);
            // Backpressure: wait for the reader before fetching the next batch.
            while (!cancelled && (controller.desiredSize ?? 0) <= 0) await new Promise<void>((r) => (wake = r));
          }
        });
        run.then(
          () => !cancelled && controller.close(),
          (e: unknown) => !cancelled && controller.error(e),
        );
      },
      pull: resume,
      cancel() {
        cancelled = true;
        resume();
      },
    },
    { highWaterMark: 2 },
  );
}
