/**
 * The variant picker's logic, free of React: which variant a set of option values names, what
 * each value would lead to, and where a click goes when its exact combination does not exist.
 */
export type PickableVariant = { id: string; optionValues: Record<string, string>; inStock: boolean };
export type Selection = Record<string, string>;
/** in_stock / sold_out: that combination exists; unavailable: no variant has it; absent: no variant has the value at all. */
export type ValueState = 'in_stock' | 'sold_out' | 'unavailable' | 'absent';

const matches = (v: PickableVariant, selection: Selection) => Object.entries(selection).every(([k, val]) => v.optionValues[k] === val);

export function findVariant<V extends PickableVariant>(variants: V[], selection: Selection): V | undefined {
  return variants.find((v) => matches(v, selection) && Object.keys(v.optionValues).length === Object.keys(selection).length);
}

/** The variant from the URL when it exists, else the first in stock, else the first. */
export function initialVariant<V extends PickableVariant>(variants: V[], requestedId: string | null): V | undefined {
  return variants.find((v) => v.id === requestedId) ?? variants.find((v) => v.inStock) ?? variants[0];
}

export function valueState(variants: PickableVariant[], selection: Selection, option: string, value: string): ValueState {
  const withValue = variants.filter((v) => v.optionValues[option] === value);
  if (withValue.length === 0) return 'absent';
  const exact = findVariant(withValue, { ...selection, [option]: value });
  if (!exact) return 'unavailable';
  return exact.inStock ? 'in_stock' : 'sold_out';
}

/**
 * The variant a click on `option = value` selects: the exact combination, or else the variant
 * with that value that keeps most of the other choices, preferring one in stock.
 */
export function pickValue<V extends PickableVariant>(variants: V[], selection: Selection, option: string, value: string): V | undefined {
  const wanted = { ...selection, [option]: value };
  const exact = findVariant(variants, wanted);
  if (exact) return exact;
  const score = (v: V) => Object.entries(wanted).filter(([k, val]) => v.optionValues[k] === val).length * 2 + (v.inStock ? 1 : 0);
  return variants.filter((v) => v.optionValues[option] === value).sort((a, b) => score(b) - score(a))[0];
}
