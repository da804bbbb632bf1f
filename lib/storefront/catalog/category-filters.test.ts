import { describe, expect, it } from 'vitest';
import { categoryQuery, clearedFiltersQuery, parseCategoryFilters } from './category-filters';

describe('category filters in the URL', () => {
  it('reads prices as decimals of the currency, attributes, stock and sort', () => {
    const f = parseCategoryFilters(
      { min: '10', max: '50.5', in_stock: '1', attr: ['Material:Cotton', 'Size:M', 'Size:M'], sort: 'price_asc', page: '2' },
      'USD',
    );
    expect(f).toEqual({
      min: 1000,
      max: 5050,
      inStock: true,
      attributes: [
        { name: 'Material', value: 'Cotton' },
        { name: 'Size', value: 'M' },
      ],
      sort: 'price_asc',
      page: 2,
    });
    expect(parseCategoryFilters({ min: '1500' }, 'JPY').min).toBe(1500);
  });

  it('ignores what is malformed and swaps a reversed range', () => {
    const f = parseCategoryFilters({ min: 'abc', max: '-3', attr: ['nocolon', ':x', 'Colour:'], sort: 'evil', page: 'x' }, 'USD');
    expect(f).toMatchObject({ min: null, max: null, attributes: [], sort: 'newest', page: 1, inStock: false });
    expect(parseCategoryFilters({ min: '50', max: '10' }, 'USD')).toMatchObject({ min: 1000, max: 5000 });
    expect(parseCategoryFilters({ attr: 'Fit: A:B' }, 'USD').attributes).toEqual([{ name: 'Fit', value: 'A:B' }]);
  });

  it('writes the state back, keeping repeated attributes and dropping defaults', () => {
    expect(categoryQuery({ min: '10', attr: ['A:1', 'B:2'], sort: 'newest', page: '3' }, 2)).toBe('?min=10&attr=A%3A1&attr=B%3A2&page=2');
    expect(categoryQuery({}, 1)).toBe('');
  });

  it('clears the filters but keeps the sort', () => {
    const f = parseCategoryFilters({ min: '10', in_stock: '1', attr: 'A:1', sort: 'price_desc', page: '3' }, 'USD');
    expect(clearedFiltersQuery(f)).toBe('?sort=price_desc');
    expect(clearedFiltersQuery(parseCategoryFilters({ in_stock: '1' }, 'USD'))).toBe('');
  });
});
