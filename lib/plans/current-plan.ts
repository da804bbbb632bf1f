import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { organizations } from '@/db/schema';
import type { PlanKey } from './plans';

/** The plan as it is now (a platform admin or billing may have changed it since the request's context was read). */
export async function currentPlan(tx: Tx, orgId: string): Promise<PlanKey> {
  const [row] = await tx.select({ plan: organizations.plan }).from(organizations).where(eq(organizations.id, orgId));
  if (!row) throw new Error(`No organization ${orgId}`);
  return row.plan;
}
