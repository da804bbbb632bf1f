import type { ProductOption } from '@/db/schema/catalog/products';

export type OptionValues = Record<string, string>;

/**
 * Every combination of one value per option, the first option varying slowest
 * (S/Red, S/Blue, M/Red, ...). No options gives the single empty combination: the default variant.
 */
export function combinations(options: ProductOption[]): OptionValues[] {
  return options.reduce<OptionValues[]>(
    (rows, option) => rows.flatMap((row) => option.values.map((value) => ({ ...row, [option.name]: value }))),
    [{}],
  );
}

/** One string per combination whatever the key order (jsonb comes back in its own order). */
export function optionKey(values: OptionValues): string {
  return JSON.stringify(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
