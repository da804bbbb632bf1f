/** Client-safe: how delivery times read on the board and the delivery page. */

/** "45 min", "2 h", "2 h 15 min", "3 d 4 h" (never less than a minute). */
export function formatDuration(minutes: number): string {
  const m = Math.max(1, Math.floor(minutes));
  if (m < 60) return `${m} min`;
  if (m < 24 * 60) {
    const h = Math.floor(m / 60);
    const rest = m % 60;
    return rest ? `${h} h ${rest} min` : `${h} h`;
  }
  const d = Math.floor(m / (24 * 60));
  const h = Math.floor((m % (24 * 60)) / 60);
  return h ? `${d} d ${h} h` : `${d} d`;
}

/** Whole minutes from `from` to `to` (0 when `to` is earlier). */
export function minutesBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));
}
