import { describe, expect, it } from 'vitest';
import { combinations, optionKey } from './matrix';
import { matrixSize, SetProductOptionsInput } from './schemas';

describe('combinations', () => {
  it('makes one combination per value of each option, the first option varying slowest', () => {
    const rows = combinations([
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Colour', values: ['Red', 'Blue', 'Green'] },
    ]);
    expect(rows).toEqual([
      { Size: 'S', Colour: 'Red' },
      { Size: 'S', Colour: 'Blue' },
      { Size: 'S', Colour: 'Green' },
      { Size: 'M', Colour: 'Red' },
      { Size: 'M', Colour: 'Blue' },
      { Size: 'M', Colour: 'Green' },
    ]);
    expect(matrixSize([{ values: [1, 2] }, { values: [1, 2, 3] }])).toBe(6);
  });

  it('gives the single empty combination (the default variant) without options', () => {
    expect(combinations([])).toEqual([{}]);
    expect(matrixSize([])).toBe(1);
  });
});

describe('optionKey', () => {
  it('ignores key order', () => {
    expect(optionKey({ Size: 'M', Colour: 'Red' })).toBe(optionKey({ Colour: 'Red', Size: 'M' }));
    expect(optionKey({ Size: 'M' })).not.toBe(optionKey({ Size: 'L' }));
  });
});

describe('SetProductOptionsInput', () => {
  const parse = (options: unknown) => SetProductOptionsInput.safeParse({ productId: 'prod_1', options });
  const values = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`);

  it('refuses repeated values or names (ignoring case), empty values, and too many of anything', () => {
    expect(parse([{ name: 'Size', values: ['S', 's'] }]).error?.issues[0]).toMatchObject({ path: ['options', 0, 'values', 1], message: '"s" is listed twice.' });
    expect(parse([{ name: 'Size', values: ['S'] }, { name: 'size', values: ['M'] }]).error?.issues[0]?.path).toEqual(['options', 1, 'name']);
    expect(parse([{ name: 'Size', values: [] }]).error?.issues[0]?.message).toBe('Add at least one value.');
    expect(parse([{ name: ' ', values: ['S'] }]).error?.issues[0]?.message).toBe('Name this option (e.g. Size).');
    expect(parse([{ name: 'A', values: values(51) }]).success).toBe(false);
    expect(parse([1, 2, 3, 4].map((i) => ({ name: `O${i}`, values: ['x'] }))).success).toBe(false);
    expect(parse([{ name: 'A', values: values(10) }, { name: 'B', values: values(26) }]).error?.issues[0]?.message).toBe('That makes 260 variants; the limit is 250.');
    expect(parse([{ name: 'A', values: values(10) }, { name: 'B', values: values(25) }]).success).toBe(true);
  });
});
