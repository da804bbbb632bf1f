import { and, desc, eq, lte } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { exchangeRates } from '@/db/schema';
import { convertMinor, invertRate } from './rate-math';

export type RateOnDay = {
  rate: string;
  effectiveOn: string;
  inverted: boolean;
};

async function latestDirect(tx: Tx, base: string, quote: string, day: string) {
  const [row] = await tx
    .select({
      rate: exchangeRates.rate,
      effectiveOn: exchangeRates.effectiveOn,
    })
    .from(exchangeRates)
    .where(and(eq(exchangeRates.base, base), eq(exchangeRates.quote, quote), lte(exchangeRates.effectiveOn, day)))
    .orderBy(desc(exchangeRates.effectiveOn))
    .limit(1);
  return row;
}

/**
 * How many `quote` one `base` bought on `day` (YYYY-MM-DD): the latest rate effective on or
 * before it. When only quote→base rates are kept, their inverse (10 decimals, half-up); null
 * when neither direction has a rate by then. Rate tables are global, so any scope may read them.
 */
export async function rateOn(tx: Tx, base: string, quote: string, day: string): Promise<RateOnDay | null> {
  const from = base.toUpperCase();
  const to = quote.toUpperCase();
  if (from === to) return { rate: '1', effectiveOn: day, inverted: false };
  const direct = await latestDirect(tx, from, to, day);
  if (direct)
    return {
      rate: direct.rate,
      effectiveOn: direct.effectiveOn,
      inverted: false,
    };
  const reverse = await latestDirect(tx, to, from, day);
  if (reverse)
    return {
      rate: invertRate(reverse.rate),
      effectiveOn: reverse.effectiveOn,
      inverted: true,
    };
  return null;
}

/** `amountMinor` of `from` in minor units of `to` at the rate of `day`; null when no rate is known by then. */
export async function convertOn(tx: Tx, amountMinor: number, from: string, to: string, day: string): Promise<number | null> {
  const found = await rateOn(tx, from, to, day);
  return found ? convertMinor(amountMinor, from, to, found.rate) : null;
}
