import { describe, expect, it } from 'vitest';
import { pageHref, pageItems } from './pagination';

describe('pageHref', () => {
  it('keeps the filters that are set and replaces the page', () => {
    expect(pageHref('/admin/users', { q: 'ana', status: undefined, page: '4' }, 2)).toBe('/admin/users?q=ana&page=2');
  });
  it('leaves out empty filters', () => {
    expect(pageHref('/admin/users', { q: '', status: 'active' }, 3)).toBe('/admin/users?status=active&page=3');
  });
});

describe('pageItems', () => {
  it('shows the ends and the neighbours of the current page', () => {
    expect(pageItems(5, 10)).toEqual([1, 'ellipsis', 4, 5, 6, 'ellipsis', 10]);
    expect(pageItems(1, 3)).toEqual([1, 2, 3]);
  });
});
