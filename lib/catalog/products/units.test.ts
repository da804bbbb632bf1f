import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScaled, toScaledString } from './units';

describe('parseScaled', () => {
  it('reads typed decimals into the stored integer unit', () => {
    expect(parseScaled('18', 2)).toBe(1800);
    expect(parseScaled('7.25', 2)).toBe(725);
    expect(parseScaled('1,5', 3)).toBe(1500);
    expect(parseScaled(' 0.001 ', 3)).toBe(1);
    expect(parseScaled('12.', 1)).toBe(120);
    expect(parseScaled('3', 0)).toBe(3);
  });

  it('refuses more decimals than the unit holds instead of rounding', () => {
    expect(parseScaled('7.255', 2)).toBeNull();
    expect(parseScaled('1.2345', 3)).toBeNull();
    expect(parseScaled('10.25', 1)).toBeNull();
    expect(parseScaled('1.5', 0)).toBeNull();
  });

  it('refuses signs, letters, grouping and empty input', () => {
    for (const bad of ['', ' ', '-1', '+1', '1e3', '1 000', '1.000.5', 'abc', '.5', '99999999999999999999']) {
      expect(parseScaled(bad, 2), bad).toBeNull();
    }
  });

  it('round-trips with toScaledString', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        expect(parseScaled(toScaledString(value, decimals), decimals)).toBe(value);
      }),
    );
  });
});

describe('toScaledString', () => {
  it('drops trailing zeros', () => {
    expect(toScaledString(1500, 3)).toBe('1.5');
    expect(toScaledString(1800, 2)).toBe('18');
    expect(toScaledString(5, 1)).toBe('0.5');
    expect(toScaledString(0, 2)).toBe('0');
  });
});
