import { asc, sql, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { featureFlags, type FeatureFlag } from '@/db/schema';
import { invalid, notFound } from '@/lib/server/errors';
import { dependencyCycle } from './dependencies';

export function loadFlags(tx: Tx): Promise<FeatureFlag[]> {
  return tx.select().from(featureFlags).orderBy(asc(featureFlags.category), asc(featureFlags.name));
}

export async function getFlag(tx: Tx, key: string): Promise<FeatureFlag> {
  const [flag] = await tx.select().from(featureFlags).where(eq(featureFlags.key, key));
  if (!flag) throw notFound('Feature flag');
  return flag;
}

/**
 * Changes to the dependency graph queue on one transaction-scoped lock, so two edits made at
 * the same time cannot together close a cycle (or depend on a flag being deleted).
 */
export async function lockFlagGraph(tx: Tx) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('feature_flags:graph', 0))`);
}

/** Refuses dependencies on unknown flags, on the flag itself, or that would close a cycle. */
export function assertValidDependencies(flags: FeatureFlag[], key: string, dependsOn: readonly string[]) {
  if (dependsOn.includes(key)) throw invalid('A flag cannot depend on itself.', { dependsOn: ['A flag cannot depend on itself.'] });
  const known = new Set(flags.map((f) => f.key));
  const unknown = dependsOn.filter((dep) => !known.has(dep));
  if (unknown.length > 0) {
    const message = `No flag has the key ${unknown.join(', ')}.`;
    throw invalid(message, { dependsOn: [message] });
  }
  const cycle = dependencyCycle(flags, key, dependsOn);
  if (cycle) {
    const message = `That would make a dependency cycle: ${cycle.join(' → ')}.`;
    throw invalid(message, { dependsOn: [message] });
  }
}

/** Stored once each, in a stable order. */
export const uniqueSorted = (values: readonly string[]) => [...new Set(values)].sort();
