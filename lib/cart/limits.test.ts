import { describe, expect, it } from 'vitest';
import { addRefusal, capQuantity, quantityLimits, quantityProblem } from './limits';

const rule = (over: Partial<{ minOrderQuantity: number; maxOrderQuantity: number | null; allowBackorder: boolean }> = {}) => ({
  minOrderQuantity: 1,
  maxOrderQuantity: null,
  allowBackorder: false,
  ...over,
});

describe('cart quantity limits', () => {
  it('caps at the stock unless backorders are allowed, and at the maximum', () => {
    expect(quantityLimits(rule(), 4)).toEqual({ min: 1, max: 4 });
    expect(quantityLimits(rule({ allowBackorder: true }), 0)).toEqual({ min: 1, max: null });
    expect(quantityLimits(rule({ maxOrderQuantity: 3, allowBackorder: true }), 0)).toEqual({ min: 1, max: 3 });
    expect(quantityLimits(rule({ minOrderQuantity: 2, maxOrderQuantity: 10 }), 5)).toEqual({ min: 2, max: 5 });
    expect(quantityLimits(rule(), -3)).toEqual({ min: 1, max: 0 });
  });

  it('names the limit that binds and how many can still be added', () => {
    expect(addRefusal(rule(), 5, 0, 6)).toBe('Only 5 left in stock.');
    expect(addRefusal(rule(), 5, 3, 3)).toBe('Only 5 left in stock. You already have 3 in your cart, so you can add 2 more.');
    expect(addRefusal(rule({ maxOrderQuantity: 2 }), 50, 2, 1)).toBe('You can order at most 2. You already have 2 in your cart, so you can add no more.');
    expect(addRefusal(rule({ minOrderQuantity: 3 }), 50, 0, 2)).toBe('The minimum order is 3.');
    expect(addRefusal(rule(), 0, 0, 1)).toBe('This is out of stock.');
    expect(addRefusal(rule({ allowBackorder: true }), 0, 0, 40)).toBeNull();
  });

  it('flags a quantity the stock or the limits no longer allow', () => {
    expect(quantityProblem(rule(), 2, 3)?.message).toBe('Only 2 left: reduce the quantity to 2 or fewer.');
    expect(quantityProblem(rule(), 0, 1)?.kind).toBe('out_of_stock');
    expect(quantityProblem(rule({ maxOrderQuantity: 2 }), 9, 3)?.kind).toBe('above_max');
    expect(quantityProblem(rule({ minOrderQuantity: 2 }), 9, 1)?.kind).toBe('below_min');
    expect(quantityProblem(rule(), 2, 2)).toBeNull();
  });

  it('caps a wanted quantity, or says none is possible', () => {
    expect(capQuantity({ min: 1, max: 4 }, 6)).toBe(4);
    expect(capQuantity({ min: 1, max: null }, 6)).toBe(6);
    expect(capQuantity({ min: 3, max: 2 }, 1)).toBeNull();
    expect(capQuantity({ min: 1, max: 0 }, 1)).toBeNull();
  });
});
