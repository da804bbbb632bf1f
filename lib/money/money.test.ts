import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currencyExponent, formatMoney, formatRateBps, parseDecimalAmount, toDecimalString } from './money';

describe('money', () => {
  it('knows each currency’s minor digits', () => {
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
  });

  it('formats minor units in the currency’s own digits', () => {
    expect(formatMoney(1250, 'USD')).toBe('$12.50');
    expect(formatMoney(1250, 'JPY')).toBe('¥1,250');
    expect(formatMoney(1250, 'KWD')).toMatch(/^KWD\s1\.250$/);
    expect(formatMoney(-5, 'USD')).toBe('-$0.05');
  });

  it('parses what a merchant types, exactly', () => {
    expect(parseDecimalAmount('12.5', 'USD')).toBe(1250);
    expect(parseDecimalAmount('12,50', 'USD')).toBe(1250);
    expect(parseDecimalAmount('0.07', 'USD')).toBe(7);
    expect(parseDecimalAmount('1250', 'JPY')).toBe(1250);
    expect(parseDecimalAmount('12.5', 'JPY')).toBeNull();
    expect(parseDecimalAmount('12.505', 'USD')).toBeNull();
    expect(parseDecimalAmount('1,000.00', 'USD')).toBeNull();
    expect(parseDecimalAmount('abc', 'USD')).toBeNull();
  });

  it('round-trips every amount through its decimal string', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('USD', 'JPY', 'KWD', 'UZS'), (minor, currency) => {
        expect(parseDecimalAmount(toDecimalString(minor, currency), currency)).toBe(minor);
      }),
    );
  });

  it('shows tax rates from basis points', () => {
    expect(formatRateBps(1800)).toBe('18%');
    expect(formatRateBps(1850)).toBe('18.5%');
    expect(formatRateBps(0)).toBe('0%');
  });
});
