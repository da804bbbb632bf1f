/** Trimmed, inner spaces collapsed, no empties, no repeats ignoring case (the first spelling wins). */
export function distinctChips(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim().replace(/\s+/g, ' ');
    const key = value.toLocaleLowerCase();
    if (value && !seen.has(key)) {
      seen.add(key);
      out.push(value);
    }
  }
  return out;
}

/** The chips after typing or pasting `text`: each comma-separated part is one more chip, up to `max`. */
export function addChips(values: readonly string[], text: string, max = Infinity): string[] {
  return distinctChips([...values, ...text.split(',')]).slice(0, Math.max(max, values.length));
}
