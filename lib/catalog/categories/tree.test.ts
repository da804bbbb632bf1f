import { describe, expect, it } from 'vitest';
import { buildCategoryTree, flattenTree, withChildOrder, type CategoryRow } from './tree';

const row = (id: string, parentId: string | null, sortOrder = 0): CategoryRow => ({
  id,
  parentId,
  name: id.toUpperCase(),
  slug: id,
  isActive: true,
  imageUrl: null,
  sortOrder,
});

describe('category tree helpers', () => {
  const rows = [row('b', null, 1), row('a', null, 0), row('a2', 'a', 1), row('a1', 'a', 0), row('a1x', 'a1'), row('lost', 'gone')];
  const tree = buildCategoryTree(rows, new Map([['a1x', 3], ['a', 1], ['b', 2]]));

  it('nests rows by parent, orders siblings, and sums product counts up the tree', () => {
    expect(flattenTree(tree).map((n) => n.id)).toEqual(['a', 'a1', 'a1x', 'a2', 'lost', 'b']);
    expect(tree[0]).toMatchObject({ productCount: 1, totalProductCount: 4 });
    expect(tree[0]!.children[0]).toMatchObject({ id: 'a1', productCount: 0, totalProductCount: 3 });
  });

  it('reorders the children of one parent only', () => {
    expect(flattenTree(withChildOrder(tree, 'a', ['a2', 'a1'])).map((n) => n.id)).toEqual(['a', 'a2', 'a1', 'a1x', 'lost', 'b']);
    expect(withChildOrder(tree, null, ['b', 'lost', 'a']).map((n) => n.id)).toEqual(['b', 'lost', 'a']);
  });
});
