import { describe, expect, it } from 'vitest';
import { addChips } from './chip-values';

describe('addChips', () => {
  it('adds each comma-separated part once, trimmed, ignoring case and empty parts', () => {
    expect(addChips(['Red'], ' blue ,  Light   Green,,red, BLUE')).toEqual(['Red', 'blue', 'Light Green']);
  });
  it('stops at the maximum, never dropping chips already there', () => {
    expect(addChips(['a', 'b'], 'c, d, e', 3)).toEqual(['a', 'b', 'c']);
    expect(addChips(['a', 'b', 'c'], 'd', 2)).toEqual(['a', 'b', 'c']);
  });
});
