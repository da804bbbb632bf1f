import { describe, expect, it } from 'vitest';
import { exactTsQuery, nameContainsPatterns, prefixTsQuery, searchWords } from './search-terms';

describe('search terms', () => {
  it('keeps only words, lower-cased, so tsquery syntax cannot be injected', () => {
    expect(searchWords(`Hoo'die & | ! :* (x) <-> \\ "a"`)).toEqual(['hoo', 'die', 'x', 'a']);
    expect(searchWords('   ')).toEqual([]);
    expect(searchWords('T-Shirt')).toEqual(['t', 'shirt']);
  });

  it('keeps letters with combining marks (Tamil) and caps the number of words', () => {
    expect(searchWords('தமிழ் புத்தகம்')).toEqual(['தமிழ்', 'புத்தகம்']);
    expect(searchWords('a b c d e f g h')).toHaveLength(6);
  });

  it('builds prefix and exact queries and name patterns', () => {
    expect(prefixTsQuery(['cotton', 'hoo'])).toBe(`'cotton':* & 'hoo':*`);
    expect(exactTsQuery(['cotton', 'hoo'])).toBe(`'cotton' & 'hoo'`);
    expect(nameContainsPatterns(['t', 'shirt'])).toEqual(['%t%', '%shirt%']);
    expect(nameContainsPatterns(['t', 'sh'])).toEqual([]);
  });
});
