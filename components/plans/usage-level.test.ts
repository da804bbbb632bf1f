import { describe, expect, it } from 'vitest';
import { usageLevel, usagePercent } from './usage-level';

describe('usage level', () => {
  it('turns amber at 80 % and red at the limit', () => {
    expect(usageLevel(39, 50)).toBe('ok');
    expect(usageLevel(40, 50)).toBe('near');
    expect(usageLevel(49, 50)).toBe('near');
    expect(usageLevel(50, 50)).toBe('full');
    expect(usageLevel(1, 1)).toBe('full');
    expect(usageLevel(0, 1)).toBe('ok');
    expect(usageLevel(12, 10)).toBe('full');
    expect(usageLevel(10_000, null)).toBe('unlimited');
  });

  it('fills the bar to at most 100 %', () => {
    expect(usagePercent(2, 3)).toBe(67);
    expect(usagePercent(12, 10)).toBe(100);
    expect(usagePercent(0, 0)).toBe(100);
  });
});
