import { describe, expect, it } from 'vitest';
import { subtreeIds } from './category-options';

const option = (id: string, depth: number) => ({ id, name: id, depth, isActive: true, path: id });

describe('subtreeIds', () => {
  const options = [option('a', 0), option('a1', 1), option('a1x', 2), option('a2', 1), option('b', 0), option('b1', 1)];

  it('is the category and everything below it, which the move picker must not offer', () => {
    expect([...subtreeIds(options, 'a')]).toEqual(['a', 'a1', 'a1x', 'a2']);
    expect([...subtreeIds(options, 'a1')]).toEqual(['a1', 'a1x']);
    expect([...subtreeIds(options, 'b1')]).toEqual(['b1']);
    expect([...subtreeIds(options, 'missing')]).toEqual(['missing']);
  });
});
