import { describe, expect, it } from 'vitest';
import { parseRatesCsv } from './parse-rates-csv';

describe('parseRatesCsv', () => {
  it('reads the columns in any order, quoted fields, lower-case codes and blank lines', () => {
    const csv = '\uFEFFeffective_on,Base,quote,rate\r\n2025-03-01,usd,UZS,"12650.5"\r\n\r\n2025-03-01,USD,EUR,0.92\r\n';
    expect(parseRatesCsv(csv)).toEqual({
      rows: [
        {
          line: 2,
          base: 'USD',
          quote: 'UZS',
          rate: '12650.5',
          effectiveOn: '2025-03-01',
        },
        {
          line: 4,
          base: 'USD',
          quote: 'EUR',
          rate: '0.92',
          effectiveOn: '2025-03-01',
        },
      ],
      errors: {},
    });
  });

  it('reports every problem of every line, and duplicates of a pair and day', () => {
    const csv = [
      'base,quote,rate,effective_on',
      'USD,EUR,0.92,2025-03-01',
      'USD,XYZ,0,2025-02-30',
      'EUR,EUR,1,2025-03-01',
      'USD,EUR,0.93,2025-03-01',
      'USD,INR,1.12345678901,2025-03-01',
    ].join('\n');
    const { errors } = parseRatesCsv(csv);
    expect(Object.keys(errors)).toEqual(['3', '4', '5', '6']);
    expect(errors['3']).toHaveLength(3);
    expect(errors['3']!.join(' ')).toMatch(/quote: .*ISO 4217.*rate: .*greater than 0.*effective_on/);
    expect(errors['4']).toEqual(['quote: Choose a currency other than the base.']);
    expect(errors['5']).toEqual(['USD→EUR on 2025-03-01 is already on line 2.']);
    expect(errors['6']![0]).toMatch(/at most 10 decimals/);
  });

  it('refuses a file without the expected header, or without rows', () => {
    expect(parseRatesCsv('from,to,rate\nUSD,EUR,1').errors['1']![0]).toMatch(/missing base, quote, effective_on/);
    expect(parseRatesCsv('base,quote,rate,effective_on\n\n').errors['2']).toEqual(['The file has a header but no rates.']);
  });
});
