import 'server-only';
import { sql } from 'drizzle-orm';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { checkCatalog } from './check-catalog';
import { loadCsvWarehouses } from './csv-warehouses';
import type { ImportMode, ImportProgress, ImportResult, RowError } from './format';
import { groupProducts } from './group-products';
import { loadCatalog, loadSkuOwners } from './load-catalog';
import { readRows } from './read-rows';
import { RowFailure } from './row-failure';
import { applyProduct } from './apply-product';
import { isNoop, planProduct } from './plan-product';
import { assertWithinPlan } from '@/lib/plans/enforce';
import { requireFeature } from '@/lib/features/require-feature';

export type ImportInput = { file: Blob; fileName: string; mode: ImportMode; dryRun: boolean };

/** Thrown out of the transaction to roll it back (a dry run, or errors in all_or_nothing mode). */
class Rollback extends Error {
  constructor(readonly result: ImportResult) {
    super('rollback');
  }
}

const PROGRESS_EVERY = 200;

/**
 * Imports a product CSV in one transaction. Rows are read and checked first (streamed); then,
 * under a per-organization lock, each product is written in its own savepoint so a product that
 * fails is undone alone and its errors are reported. all_or_nothing rolls everything back when
 * any row has an error (after trying every other product, so the report lists every error);
 * valid_rows keeps the products whose rows are all fine. A dry run always rolls back, so it
 * finds every error an import would.
 */
export async function importProducts(ctx: OrgContext, input: ImportInput, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  requirePermission(ctx, 'catalog.import');
  await requireFeature(ctx, 'csv_import');
  const orgId = ctx.org.id;
  const known = await ctx.tx((tx) => loadCsvWarehouses(tx, orgId));
  const read = await readRows(input.file.stream() as unknown as AsyncIterable<Uint8Array>, {
    warehouses: known,
    currency: ctx.org.defaultCurrency,
    size: input.file.size,
    onProgress: (done, total) => onProgress?.({ type: 'progress', phase: 'validating', done, total }),
  });
  const result: ImportResult = {
    imported: false, dryRun: input.dryRun, mode: input.mode, totalRows: read.totalRows,
    created: 0, updated: 0, unchanged: 0, variants: 0, variantsRemoved: 0, stockChanges: 0,
    skippedProducts: 0, skippedRows: read.totalRows, errors: read.errors,
  };
  if (read.fatal) return result;

  const grouped = groupProducts(read.rows, read.badSlugs);
  const errors: RowError[] = [...read.errors, ...grouped.errors];
  const bad = new Set([...read.badSlugs, ...grouped.badSlugs]);
  const hasOptionColumns = read.columns.includes('option1_name');
  try {
    return await ctx.tx(async (tx) => {
      // Two imports of one organization queue here instead of interleaving their writes.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`catalog-import:${orgId}`}, 0))`);
      const catalog = await loadCatalog(tx, orgId, grouped.products);
      const checked = checkCatalog(grouped.products, catalog, await loadSkuOwners(tx, orgId, grouped.products), hasOptionColumns);
      errors.push(...checked.errors);
      for (const slug of checked.badSlugs) bad.add(slug);

      const todo = grouped.products.filter((p) => !bad.has(p.slug));
      const adding = todo.filter((p) => !catalog.existing.has(p.slug)).length;
      if (adding > 0) await assertWithinPlan(tx, orgId, 'products', adding);
      const total = todo.reduce((n, p) => n + p.rows.length, 0);
      const scope = { orgId, userId: ctx.actor.userId, currency: ctx.org.defaultCurrency, fileName: input.fileName };
      let done = 0;
      let reported = 0;
      let writtenRows = 0;
      onProgress?.({ type: 'progress', phase: 'importing', done, total });
      for (const p of todo) {
        try {
          const plan = planProduct(p, catalog);
          if (!isNoop(plan)) await tx.transaction((sp) => applyProduct(sp, scope, plan));
          if (!plan.existing) result.created++;
          else if (isNoop(plan)) result.unchanged++;
          else result.updated++;
          result.variants += plan.updates.length + plan.inserts.length;
          result.variantsRemoved += plan.removed.length;
          result.stockChanges += plan.stock.length;
          writtenRows += p.rows.length;
        } catch (e) {
          if (!(e instanceof RowFailure)) throw e;
          errors.push(...e.errors);
          bad.add(p.slug);
        }
        done += p.rows.length;
        if (done - reported >= PROGRESS_EVERY || done === total) {
          reported = done;
          onProgress?.({ type: 'progress', phase: 'importing', done, total });
        }
      }

      errors.sort((a, b) => a.row - b.row);
      Object.assign(result, { errors, skippedProducts: bad.size, skippedRows: read.totalRows - writtenRows });
      const commit = !input.dryRun && writtenRows > 0 && (input.mode === 'valid_rows' || errors.length === 0);
      if (!commit) throw new Rollback(result);
      await recordAudit(tx, ctx.actor, {
        organizationId: orgId,
        action: 'catalog.imported',
        entityType: 'product_import',
        newValues: { file: input.fileName, mode: input.mode, ...counts(result) },
      });
      return { ...result, imported: true };
    });
  } catch (e) {
    if (e instanceof Rollback) return e.result;
    throw e;
  }
}

function counts(r: ImportResult) {
  const { created, updated, unchanged, variants, variantsRemoved, stockChanges, skippedProducts, skippedRows, totalRows } = r;
  return { rows: totalRows, created, updated, unchanged, variants, variantsRemoved, stockChanges, skippedProducts, skippedRows, errors: r.errors.length };
}
