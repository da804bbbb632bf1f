import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { withGlobal } from '@/db/scope';
import { AppError } from '@/lib/server/errors';

export type Limit = { endpoint: string; max: number; windowSeconds: number };

function windowStart(limit: Limit, now: Date) {
  const ms = limit.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Adds one hit atomically (parallel requests each count) and returns the new count. */
export async function recordHit(tx: Tx, limit: Limit, identifier: string, now = new Date()): Promise<number> {
  const [row] = await tx
    .insert(rateLimits)
    .values({ endpoint: limit.endpoint, identifier, windowStart: windowStart(limit, now), requests: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.endpoint, rateLimits.identifier, rateLimits.windowStart],
      set: { requests: sql`${rateLimits.requests} + 1`, updatedAt: now },
    })
    .returning({ requests: rateLimits.requests });
  return row!.requests;
}

/** Takes back one hit counted at `at` (an attempt that turned out not to count, e.g. a successful sign-in). */
export async function refundHit(tx: Tx, limit: Limit, identifier: string, at: Date) {
  await tx
    .update(rateLimits)
    .set({ requests: sql`greatest(${rateLimits.requests} - 1, 0)` })
    .where(and(eq(rateLimits.endpoint, limit.endpoint), eq(rateLimits.identifier, identifier), eq(rateLimits.windowStart, windowStart(limit, at))));
}

/** Seconds until the current window ends. */
export function retryAfterSeconds(limit: Limit, now = new Date()) {
  return Math.ceil((windowStart(limit, now).getTime() + limit.windowSeconds * 1000 - now.getTime()) / 1000);
}

/** "3 minutes", for telling people how long to wait. */
export function formatWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * Counts a hit for `identifier` (in its own transaction, so it sticks even when the caller
 * fails) and refuses with RATE_LIMITED once the window is full. No identifier (no IP outside
 * a request), nothing to count.
 */
export async function enforceLimit(limit: Limit, identifier: string | null, message: (wait: string) => string) {
  if (!identifier) return;
  const at = new Date();
  const count = await withGlobal((tx) => recordHit(tx, limit, identifier, at));
  if (count > limit.max) throw new AppError('RATE_LIMITED', message(formatWait(retryAfterSeconds(limit, at))));
}
