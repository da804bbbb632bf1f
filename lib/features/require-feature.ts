import 'server-only';
import type { Tx } from '@/db/client';
import { forbidden } from '@/lib/server/errors';
import { loadFlags } from './internal';
import { isFeatureEnabled, type FlagSubject } from './is-feature-enabled';

type FeatureContext = { org: FlagSubject; tx: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T> };

/** Refuses, with FORBIDDEN, what needs a feature the organization does not have. */
export async function requireFeature(ctx: FeatureContext, key: string): Promise<void> {
  const flags = await ctx.tx((tx) => loadFlags(tx));
  if (isFeatureEnabled(flags, ctx.org, key)) return;
  const name = flags.find((f) => f.key === key)?.name ?? key;
  throw forbidden(`${name} is not part of this organization's plan.`);
}
