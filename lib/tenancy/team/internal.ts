import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { memberships, users, type Membership } from '@/db/schema';
import { conflict, notFound } from '@/lib/server/errors';

export const LAST_OWNER = 'An organization needs at least one owner. Make someone else an owner first.';

/** One membership of the organization with its user's name and email, locked for this transaction, or NotFound. */
export async function getMembershipInOrg(tx: Tx, { orgId, id }: { orgId: string; id: string }) {
  const [row] = await tx
    .select({ membership: memberships, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, orgId), eq(memberships.id, id)))
    .for('update', { of: memberships });
  if (!row) throw notFound('Member');
  return row;
}

/**
 * Locks the organization's owner memberships (in id order, so concurrent callers queue
 * instead of deadlocking) and returns their ids. A transaction that waited re-reads the rows,
 * so two owners demoting each other at once cannot both see "another owner remains".
 */
export async function lockOwners(tx: Tx, orgId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, orgId), eq(memberships.role, 'owner')))
    .orderBy(asc(memberships.id))
    .for('update');
  return rows.map((r) => r.id);
}

/** Refuses to take away the owner role from the only owner. Call after lockOwners. */
export function assertNotLastOwner(ownerIds: string[], target: Membership) {
  if (target.role === 'owner' && ownerIds.length <= 1) throw conflict(LAST_OWNER);
}
