import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { organizations } from '@/db/schema';
import { forbidden } from '@/lib/server/errors';
import { loadFlags } from './internal';
import { isFeatureEnabled, type FlagSubject } from './is-feature-enabled';

type FeatureContext = { org: FlagSubject; tx: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T> };

/** The same refusal inside a transaction the caller already has open (after checks that explain more, like the plan's). */
export async function requireFeatureIn(tx: Tx, org: FlagSubject, key: string): Promise<void> {
  const flags = await loadFlags(tx);
  if (isFeatureEnabled(flags, org, key)) return;
  const name = flags.find((f) => f.key === key)?.name ?? key;
  throw forbidden(`${name} is not part of this organization's plan.`);
}

/** Whether the context's organization has a feature (for what is left out quietly rather than refused). */
export async function isFeatureOn(ctx: FeatureContext, key: string): Promise<boolean> {
  return isFeatureEnabled(await ctx.tx((tx) => loadFlags(tx)), ctx.org, key);
}

/** Refuses, with FORBIDDEN, what needs a feature the organization does not have. */
export async function requireFeature(ctx: FeatureContext, key: string): Promise<void> {
  await ctx.tx((tx) => requireFeatureIn(tx, ctx.org, key));
}

/**
 * Whether a feature is on for an organization known only by id, as it is now: for work that
 * runs without a context (status changes made by jobs, couriers, webhooks).
 */
export async function isFeatureOnFor(tx: Tx, orgId: string, key: string): Promise<boolean> {
  const [[org], flags] = await Promise.all([
    tx.select({ plan: organizations.plan, features: organizations.features }).from(organizations).where(eq(organizations.id, orgId)),
    loadFlags(tx),
  ]);
  return Boolean(org) && isFeatureEnabled(flags, { plan: org!.plan, features: org!.features as Record<string, unknown> }, key);
}
