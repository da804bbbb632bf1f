import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('splits marked and plain text and turns entities back into characters', () => {
    expect(highlightSegments('A &lt;script&gt; <mark>Hoodie</mark> &amp; co')).toEqual([
      { text: 'A <script> ', marked: false },
      { text: 'Hoodie', marked: true },
      { text: ' & co', marked: false },
    ]);
  });

  it('treats any other tag as text', () => {
    expect(highlightSegments('<b>x</b>')).toEqual([{ text: '<b>x</b>', marked: false }]);
  });
});
