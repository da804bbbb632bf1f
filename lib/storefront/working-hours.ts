import type { WorkingDay } from '@/db/schema/tenancy/organizations';

/** Monday first, the way most shop signs read; `day` is 0 = Sunday … 6 = Saturday (seed 004). */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
const SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export type HoursLine = { days: string; hours: string };

function hoursOf(day: WorkingDay | undefined): string {
  if (!day?.isOpen) return 'Closed';
  const breaks = day.breaks.map((b) => `${b.startTime}–${b.endTime}`);
  return `${day.openTime}–${day.closeTime}${breaks.length ? ` (break ${breaks.join(', ')})` : ''}`;
}

/**
 * Working hours as a few lines: consecutive days with the same hours are grouped
 * ("Mon–Sat 09:00–18:00", "Sun Closed"). Empty when the store has not set any hours.
 */
export function summarizeWorkingHours(days: readonly WorkingDay[]): HoursLine[] {
  if (days.length === 0) return [];
  const byDay = new Map(days.map((d) => [d.day, d]));
  const lines: { first: number; last: number; hours: string }[] = [];
  for (const day of WEEK) {
    const hours = hoursOf(byDay.get(day));
    const previous = lines.at(-1);
    if (previous && previous.hours === hours) previous.last = day;
    else lines.push({ first: day, last: day, hours });
  }
  return lines.map(({ first, last, hours }) => ({
    days: first === last ? SHORT[first]! : `${SHORT[first]}–${SHORT[last]}`,
    hours,
  }));
}
