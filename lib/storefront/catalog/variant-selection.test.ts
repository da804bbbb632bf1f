import { describe, expect, it } from 'vitest';
import { findVariant, initialVariant, pickValue, valueState } from './variant-selection';

// Size × Colour, where S/Blue does not exist and M/Red is sold out.
const variants = [
  { id: 's-red', optionValues: { Size: 'S', Colour: 'Red' }, inStock: true },
  { id: 'm-red', optionValues: { Size: 'M', Colour: 'Red' }, inStock: false },
  { id: 'm-blue', optionValues: { Size: 'M', Colour: 'Blue' }, inStock: true },
];

describe('variant selection', () => {
  it('finds the variant of a full selection', () => {
    expect(findVariant(variants, { Size: 'M', Colour: 'Blue' })?.id).toBe('m-blue');
    expect(findVariant(variants, { Size: 'S', Colour: 'Blue' })).toBeUndefined();
    expect(findVariant([{ id: 'd', optionValues: {}, inStock: true }], {})?.id).toBe('d');
  });

  it('starts from the URL’s variant, else the first in stock', () => {
    expect(initialVariant(variants, 'm-red')?.id).toBe('m-red');
    expect(initialVariant(variants, 'nope')?.id).toBe('s-red');
    expect(initialVariant([{ ...variants[1]! }], null)?.id).toBe('m-red');
  });

  it('tells what each value leads to from the current choice', () => {
    const red = { Size: 'S', Colour: 'Red' };
    expect(valueState(variants, red, 'Size', 'M')).toBe('sold_out');
    expect(valueState(variants, red, 'Colour', 'Blue')).toBe('unavailable');
    expect(valueState(variants, red, 'Size', 'S')).toBe('in_stock');
    expect(valueState(variants, red, 'Size', 'XL')).toBe('absent');
  });

  it('moves to the closest existing variant when a combination does not exist', () => {
    expect(pickValue(variants, { Size: 'S', Colour: 'Red' }, 'Colour', 'Blue')?.id).toBe('m-blue');
    expect(pickValue(variants, { Size: 'M', Colour: 'Blue' }, 'Size', 'S')?.id).toBe('s-red');
    expect(pickValue(variants, { Size: 'S', Colour: 'Red' }, 'Size', 'M')?.id).toBe('m-red');
  });
});
