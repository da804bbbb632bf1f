/** The overview's periods, in UTC days (the back office shows UTC). */
export const DAYS = 30;
export const WEEKS = 12;

/** YYYY-MM-DD of `date` in UTC. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first instant of the UTC day `days` before the one `now` is in. */
export function startOfUtcDay(now: Date, daysBack = 0): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysBack));
}
