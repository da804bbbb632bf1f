import type { FlagRule } from './is-feature-enabled';

/**
 * The dependency path that would lead from `key` back to itself if it depended on `dependsOn`
 * (e.g. ['a', 'b', 'a']), or null when there is no cycle. `flags` is every flag as stored now.
 */
export function dependencyCycle(flags: Iterable<Pick<FlagRule, 'key' | 'dependsOn'>>, key: string, dependsOn: readonly string[]): string[] | null {
  const edges = new Map([...flags].map((f) => [f.key, f.dependsOn]));
  edges.set(key, dependsOn);
  const done = new Set<string>();
  const walk = (at: string, path: string[]): string[] | null => {
    if (at === key && path.length > 0) return [...path, at];
    if (done.has(at)) return null;
    done.add(at);
    for (const next of edges.get(at) ?? []) {
      const found = walk(next, [...path, at]);
      if (found) return found;
    }
    return null;
  };
  return walk(key, []);
}
