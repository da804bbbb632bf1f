/**
 * A shopper's search text turned into safe query parts. Words are runs of letters, marks and
 * digits only (Tamil and Devanagari need the marks), so no quote, backslash or operator can
 * reach to_tsquery or a LIKE pattern: a syntax error is impossible whatever is typed.
 */
const MAX_LENGTH = 100;
const MAX_WORDS = 6;
/** Trigram indexes need three characters; shorter words only narrow what longer ones found. */
export const MIN_INDEXED_WORD = 3;

export function searchWords(q: string): string[] {
  return q
    .normalize('NFKC')
    .toLowerCase()
    .slice(0, MAX_LENGTH)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/** `'hoo':* & 'cot':*`: every word as a prefix, for ranking and highlighting. */
export function prefixTsQuery(words: string[]): string {
  return words.map((w) => `'${w}':*`).join(' & ');
}

/** `'wool' & 'scarf'`: every word exactly, for matching (see search-products.ts for why). */
export function exactTsQuery(words: string[]): string {
  return words.map((w) => `'${w}'`).join(' & ');
}

/** `%word%` patterns for a name search, or none when no word is long enough to use the index. */
export function nameContainsPatterns(words: string[]): string[] {
  if (!words.some((w) => w.length >= MIN_INDEXED_WORD)) return [];
  return words.map((w) => `%${w}%`);
}
