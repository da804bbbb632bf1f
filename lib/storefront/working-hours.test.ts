import { describe, expect, it } from 'vitest';
import type { WorkingDay } from '@/db/schema';
import { summarizeWorkingHours } from './working-hours';

const day = (d: number, isOpen: boolean, openTime = '09:00', closeTime = '18:00', breaks: WorkingDay['breaks'] = []): WorkingDay => ({
  day: d,
  isOpen,
  openTime,
  closeTime,
  breaks,
});

describe('summarizeWorkingHours', () => {
  it('groups consecutive days with the same hours, Monday first', () => {
    const week = [0, 1, 2, 3, 4, 5, 6].map((d) => day(d, d !== 0));
    expect(summarizeWorkingHours(week)).toEqual([
      { days: 'Mon–Sat', hours: '09:00–18:00' },
      { days: 'Sun', hours: 'Closed' },
    ]);
  });

  it('shows breaks and splits days whose hours differ', () => {
    const week = [
      day(1, true, '09:00', '18:00', [{ startTime: '13:00', endTime: '14:00' }]),
      day(2, true, '09:00', '18:00', [{ startTime: '13:00', endTime: '14:00' }]),
      day(3, true, '10:00', '16:00'),
      day(4, false),
      day(5, true),
    ];
    expect(summarizeWorkingHours(week)).toEqual([
      { days: 'Mon–Tue', hours: '09:00–18:00 (break 13:00–14:00)' },
      { days: 'Wed', hours: '10:00–16:00' },
      { days: 'Thu', hours: 'Closed' },
      { days: 'Fri', hours: '09:00–18:00' },
      { days: 'Sat–Sun', hours: 'Closed' },
    ]);
  });

  it('is empty when no hours were set', () => {
    expect(summarizeWorkingHours([])).toEqual([]);
  });
});
