import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMinor, divideHalfUp, formatRate, invertRate, parseRate } from './rate-math';

describe('parseRate / formatRate', () => {
  it('reads decimals exactly and writes the shortest form back', () => {
    expect(parseRate('12650.5')).toBe(126_505_000_000_000n);
    expect(parseRate('0.0000000001')).toBe(1n);
    expect(formatRate(parseRate('0.9213000000')!)).toBe('0.9213');
    expect(formatRate(parseRate('7')!)).toBe('7');
  });

  it('refuses what is not a plain decimal with at most 10 decimals', () => {
    for (const bad of ['', '1e3', '-1', '1.12345678901', '1,5', 'abc', '.5', '123456789012345']) expect(parseRate(bad)).toBeNull();
  });
});

describe('divideHalfUp', () => {
  it('rounds ties away from zero, symmetrically', () => {
    expect(divideHalfUp(5n, 2n)).toBe(3n);
    expect(divideHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideHalfUp(7n, 3n)).toBe(2n);
    expect(divideHalfUp(8n, 3n)).toBe(3n);
  });
});

describe('convertMinor', () => {
  it('uses each currency’s minor digits', () => {
    expect(convertMinor(1000, 'USD', 'UZS', '12650.5')).toBe(12_650_500); // $10.00 → 126 505.00 soʻm
    expect(convertMinor(1000, 'KWD', 'USD', '3.25')).toBe(325); // 1.000 KWD → $3.25
    expect(convertMinor(100, 'USD', 'JPY', '151.37')).toBe(151); // $1 → ¥151
    expect(convertMinor(151, 'JPY', 'USD', '0.0066064')).toBe(100); // ¥151 → 0.9975664 → $1.00
  });

  it('rounds half-up explicitly, ties away from zero for refunds', () => {
    expect(convertMinor(1, 'USD', 'EUR', '0.5')).toBe(1); // 0.5 cent → 1
    expect(convertMinor(-1, 'USD', 'EUR', '0.5')).toBe(-1);
    expect(convertMinor(1, 'USD', 'EUR', '0.4999999999')).toBe(0);
    expect(convertMinor(3, 'USD', 'JPY', '150')).toBe(5); // $0.03 → ¥4.5 → ¥5
  });

  it('has no float error on amounts beyond 2^53 intermediate products', () => {
    expect(convertMinor(900_719_925_474, 'USD', 'EUR', '0.9213456789')).toBe(829_874_411_235);
  });

  it('refuses zero, negative or malformed rates and fractional amounts', () => {
    expect(() => convertMinor(100, 'USD', 'EUR', '0')).toThrow(RangeError);
    expect(() => convertMinor(100, 'USD', 'EUR', '-1')).toThrow(RangeError);
    expect(() => convertMinor(1.5, 'USD', 'EUR', '1')).toThrow(RangeError);
  });

  // Kept small enough that JPY→KWD (×1000 in minor units) at the top rate stays a safe integer.
  const amount = fc.integer({ min: -100_000_000, max: 100_000_000 });
  const rate = fc.bigInt({ min: 1n, max: 10n ** 14n }).map((scaled) => formatRate(scaled));
  const currency = fc.constantFrom('USD', 'EUR', 'UZS', 'JPY', 'KWD', 'INR', 'LKR', 'KZT');

  it('is monotonic in the amount', () => {
    fc.assert(
      fc.property(amount, amount, currency, currency, rate, (a, b, from, to, r) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(convertMinor(lo, from, to, r)).toBeLessThanOrEqual(convertMinor(hi, from, to, r));
      }),
    );
  });

  it('is monotonic in the rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), currency, currency, rate, rate, (a, from, to, r1, r2) => {
        const [lo, hi] = parseRate(r1)! <= parseRate(r2)! ? [r1, r2] : [r2, r1];
        expect(convertMinor(a, from, to, lo)).toBeLessThanOrEqual(convertMinor(a, from, to, hi));
      }),
    );
  });

  it('is the identity at a rate of 1 between currencies with the same minor digits', () => {
    const sameDigits = fc.constantFrom(['USD', 'EUR'], ['EUR', 'INR'], ['USD', 'LKR'], ['JPY', 'KRW'], ['KWD', 'BHD']);
    fc.assert(
      fc.property(amount, sameDigits, (a, [from, to]) => {
        expect(convertMinor(a, from!, to!, '1')).toBe(a);
      }),
    );
  });
});

describe('invertRate', () => {
  it('is 1/rate to 10 decimals, half-up', () => {
    expect(invertRate('4')).toBe('0.25');
    expect(invertRate('3')).toBe('0.3333333333');
    expect(invertRate('1.5')).toBe('0.6666666667');
    expect(invertRate('12650')).toBe('0.0000790514');
  });
});
