import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvLine, restoreFormula } from './csv-line';
import { scaledString } from './export-row';
import { parseScaled } from './cells';

describe('csvLine', () => {
  it('quotes what needs quoting and neutralises formulas', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', '=1+2', '+x', '-y', '@z', -4, 12.5, null, true])).toBe(
      `plain,"a,b","say ""hi""","two\nlines",'=1+2,'+x,'-y,'@z,-4,12.5,,true\r\n`,
    );
  });

  it('round-trips any text through a CSV parser and restoreFormula', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), (cells) => {
        const [parsed] = parse(csvLine(cells), { bom: true, relax_column_count: true }) as string[][];
        expect(parsed!.map(restoreFormula)).toEqual(cells);
      }),
    );
  });
});

describe('scaled numbers', () => {
  it('writes and reads kg, cm and percent without floating point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.constantFrom(1, 2, 3), (n, digits) => {
        expect(parseScaled(scaledString(n, digits), digits)).toBe(n);
      }),
    );
    expect([scaledString(1800, 2), scaledString(750, 2), scaledString(1250, 3), scaledString(0, 1)]).toEqual(['18', '7.5', '1.25', '0']);
  });
});
