import { sql } from 'drizzle-orm';
import { exchangeRates } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { invalid } from '@/lib/server/errors';
import { parseRatesCsv } from './parse-rates-csv';
import { formatRate, parseRate } from './rate-math';
import type { ImportRatesInput } from './schemas';

const BATCH = 500;

/**
 * Imports a CSV of rates all or nothing: any bad row refuses the whole file, with every
 * problem keyed by its line number; a row for a pair and day that exists replaces it.
 */
export async function importRates(ctx: AdminContext, input: ImportRatesInput) {
  requirePlatformPermission(ctx, 'rates.manage');
  const { rows, errors } = parseRatesCsv(input.csv);
  const bad = Object.keys(errors).length;
  if (bad > 0) {
    throw invalid(`${bad} ${bad === 1 ? 'line has' : 'lines have'} problems; nothing was imported.`, errors);
  }
  return ctx.tx(async (tx) => {
    let inserted = 0;
    for (let i = 0; i < rows.length; i += BATCH) {
      const saved = await tx
        .insert(exchangeRates)
        .values(
          rows.slice(i, i + BATCH).map((r) => ({
            base: r.base,
            quote: r.quote,
            rate: formatRate(parseRate(r.rate)!),
            effectiveOn: r.effectiveOn,
            source: 'csv',
            createdById: ctx.actor.userId,
          })),
        )
        .onConflictDoUpdate({
          target: [exchangeRates.base, exchangeRates.quote, exchangeRates.effectiveOn],
          set: {
            rate: sql`excluded.rate`,
            source: 'csv',
            createdById: ctx.actor.userId,
            createdAt: sql`now()`,
          },
        })
        // xmax is 0 on a freshly inserted row and set on one the conflict updated.
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      inserted += saved.filter((s) => s.inserted).length;
    }
    const counts = {
      rows: rows.length,
      inserted,
      updated: rows.length - inserted,
      pairs: new Set(rows.map((r) => `${r.base}/${r.quote}`)).size,
    };
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: 'exchange_rate.imported',
      entityType: 'exchange_rate',
      newValues: counts,
    });
    return counts;
  });
}
