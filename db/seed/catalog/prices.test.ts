import { describe, expect, it } from 'vitest';
import { costPriceOf, minor } from './prices';

describe('demo prices', () => {
  it('converts major units exactly and takes 45 % as cost in whole minor units, halves up', () => {
    expect(minor(49.99, 'USD')).toBe(4999);
    expect(minor(4990000, 'UZS')).toBe(499000000);
    expect(costPriceOf(3900)).toBe(1755);
    expect(costPriceOf(1)).toBe(0); // 0.45
    expect(costPriceOf(10)).toBe(5); // 4.5 rounds up
    expect(costPriceOf(4_999_999_999_999)).toBe(2_250_000_000_000); // 2 249 999 999 999.55: no float drift at this size
  });
});
