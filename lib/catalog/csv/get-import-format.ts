import 'server-only';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { loadCsvWarehouses } from './csv-warehouses';
import { stockColumn } from './format';
import { templateCsv } from './template';

/** For the import page: this organization's stock columns and an example file to start from. */
export async function getImportFormat(ctx: OrgContext) {
  requirePermission(ctx, 'catalog.import');
  const warehouses = await ctx.tx((tx) => loadCsvWarehouses(tx, ctx.org.id));
  return {
    stockColumns: warehouses.map((w) => ({ column: stockColumn(w), warehouse: w.name })),
    template: templateCsv(ctx.org.defaultCurrency, warehouses),
  };
}
