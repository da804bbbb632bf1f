import { formatRate, parseRate } from '@/lib/currency/rate-math';

/** "12650.5000000000" → "12650.5": the stored numeric without its padding zeros. */
export function shortRate(rate: string): string {
  const scaled = parseRate(rate);
  return scaled === null ? rate : formatRate(scaled);
}

/** The change from `previous` to `rate` in hundredths of a percent, exact (no floats); null without a previous rate. */
export function changeBps(rate: string, previous: string | null): number | null {
  const now = parseRate(rate);
  const before = previous ? parseRate(previous) : null;
  if (now === null || !before) return null;
  return Number(((now - before) * 10_000n) / before);
}

/** 125 → "+1.25%", -3 → "−0.03%". */
export function formatChange(bps: number): string {
  const sign = bps > 0 ? '+' : bps < 0 ? '−' : '';
  const abs = Math.abs(bps);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`;
}
