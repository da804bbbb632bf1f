import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { planChanges, users } from '@/db/schema';

/** An organization's plan changes, newest first, with who made them: the caller adds limit/offset. */
export function planHistoryQuery(tx: Tx, organizationId: string) {
  return tx
    .select({
      id: planChanges.id,
      fromPlan: planChanges.fromPlan,
      toPlan: planChanges.toPlan,
      source: planChanges.source,
      reason: planChanges.reason,
      createdAt: planChanges.createdAt,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(planChanges)
    .leftJoin(users, eq(users.id, planChanges.actorUserId))
    .where(eq(planChanges.organizationId, organizationId))
    .orderBy(desc(planChanges.createdAt), desc(planChanges.id))
    .$dynamic();
}
