export type UsageLevel = 'unlimited' | 'ok' | 'near' | 'full';

/** Amber from 80 % of a limit, red once it is reached. */
export function usageLevel(used: number, limit: number | null): UsageLevel {
  if (limit === null) return 'unlimited';
  if (used >= limit) return 'full';
  return used >= limit * 0.8 ? 'near' : 'ok';
}

/** Whole percent of the limit, capped at 100 for the bar. */
export const usagePercent = (used: number, limit: number) => (limit <= 0 ? 100 : Math.min(100, Math.round((used / limit) * 100)));
