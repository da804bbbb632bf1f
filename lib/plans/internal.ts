import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';

/**
 * Queues parallel transactions of one organization that count and then add to one limit, until
 * the caller's transaction ends (after its insert), so two cannot both take the last place.
 */
export async function lockPlanCounter(tx: Tx, orgId: string, counter: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`plan:${orgId}:${counter}`}, 0))`);
}
