/** No server imports: the seed and client components use it too. */
/** "M / Red" from { Size: 'M', Colour: 'Red' } in the product's option order; "Default" for none. */
export function variantName(optionValues: Record<string, string>, optionOrder: string[] = Object.keys(optionValues)): string {
  const parts = optionOrder.map((name) => optionValues[name]).filter((v): v is string => Boolean(v));
  return parts.length > 0 ? parts.join(' / ') : 'Default';
}
