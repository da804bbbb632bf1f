import { and, eq, sql } from 'drizzle-orm';
import { exchangeRates } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { formatRate, parseRate } from './rate-math';
import type { SetRateInput } from './schemas';

/** Sets the rate of a pair for one day: a second entry for the same day replaces the first. */
export async function setRate(ctx: AdminContext, input: SetRateInput) {
  requirePlatformPermission(ctx, 'rates.manage');
  const rate = formatRate(parseRate(input.rate)!);
  return ctx.tx(async (tx) => {
    const pairDay = and(eq(exchangeRates.base, input.base), eq(exchangeRates.quote, input.quote), eq(exchangeRates.effectiveOn, input.effectiveOn));
    const [before] = await tx.select({ rate: exchangeRates.rate }).from(exchangeRates).where(pairDay).for('update');
    const [saved] = await tx
      .insert(exchangeRates)
      .values({
        base: input.base,
        quote: input.quote,
        rate,
        effectiveOn: input.effectiveOn,
        source: 'manual',
        createdById: ctx.actor.userId,
      })
      .onConflictDoUpdate({
        target: [exchangeRates.base, exchangeRates.quote, exchangeRates.effectiveOn],
        set: {
          rate,
          source: 'manual',
          createdById: ctx.actor.userId,
          createdAt: sql`now()`,
        },
      })
      .returning({ id: exchangeRates.id, rate: exchangeRates.rate });
    const previous = before ? formatRate(parseRate(before.rate)!) : null;
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: before ? 'exchange_rate.updated' : 'exchange_rate.created',
      entityType: 'exchange_rate',
      entityId: saved!.id,
      oldValues: before ? { rate: previous } : null,
      newValues: {
        base: input.base,
        quote: input.quote,
        effectiveOn: input.effectiveOn,
        rate,
      },
    });
    return { id: saved!.id, created: !before, rate, previousRate: previous };
  });
}
