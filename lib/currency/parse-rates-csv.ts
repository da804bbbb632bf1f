import { CurrencyCode, Day, RateString } from './schemas';

export type CsvRate = {
  line: number;
  base: string;
  quote: string;
  rate: string;
  effectiveOn: string;
};
/** Problems by line number of the file (the header is line 1). */
export type CsvRowErrors = Record<string, string[]>;

const COLUMNS = ['base', 'quote', 'rate', 'effective_on'] as const;
export const MAX_CSV_ROWS = 20_000;

/** One CSV line into fields; double-quoted fields may hold commas and "" for a quote. */
function splitLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      current += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      fields.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  fields.push(current);
  return fields.map((f) => f.trim());
}

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

/**
 * Reads `base,quote,rate,effective_on` (columns in any order, a header first) and checks every
 * row, so the whole file's problems can be shown at once. Blank lines are skipped.
 */
export function parseRatesCsv(text: string): {
  rows: CsvRate[];
  errors: CsvRowErrors;
} {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const header = splitLine(lines[0] ?? '').map((h) => h.toLowerCase());
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: {
        '1': [`The header must name the columns ${COLUMNS.join(', ')}; missing ${missing.join(', ')}.`],
      },
    };
  }
  const index = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const rows: CsvRate[] = [];
  const errors: CsvRowErrors = {};
  const seen = new Map<string, number>();

  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const fields = splitLine(raw);
    const problems: string[] = [];
    const base = CurrencyCode.safeParse(fields[index.base] ?? '');
    const quote = CurrencyCode.safeParse(fields[index.quote] ?? '');
    const rate = RateString.safeParse(fields[index.rate] ?? '');
    const day = Day.safeParse(fields[index.effective_on] ?? '');
    if (!base.success) problems.push(`base: ${firstMessage(base)}`);
    if (!quote.success) problems.push(`quote: ${firstMessage(quote)}`);
    if (!rate.success) problems.push(`rate: ${firstMessage(rate)}`);
    if (!day.success) problems.push(`effective_on: ${firstMessage(day)}`);
    if (base.success && quote.success && base.data === quote.data) problems.push('quote: Choose a currency other than the base.');
    if (problems.length === 0) {
      const key = `${base.data}/${quote.data}/${day.data}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problems.push(`${base.data}→${quote.data} on ${day.data} is already on line ${earlier}.`);
      else seen.set(key, line);
    }
    if (problems.length > 0) errors[String(line)] = problems;
    else
      rows.push({
        line,
        base: base.data!,
        quote: quote.data!,
        rate: rate.data!,
        effectiveOn: day.data!,
      });
  });

  if (rows.length + Object.keys(errors).length === 0) errors['2'] = ['The file has a header but no rates.'];
  if (rows.length > MAX_CSV_ROWS) errors['1'] = [`Import at most ${MAX_CSV_ROWS} rows at a time; this file has ${rows.length}.`];
  return { rows, errors };
}
