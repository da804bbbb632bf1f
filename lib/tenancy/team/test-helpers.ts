import { and, eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { memberships, type Organization, type User } from '@/db/schema';

/** The membership row of `user` in `org`, read past RLS (tests only). */
export async function membershipOf(org: Organization, user: User) {
  const [row] = await withPlatform((tx) =>
    tx.select().from(memberships).where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, user.id))),
  );
  return row;
}

export async function ownerCount(org: Organization) {
  const rows = await withPlatform((tx) =>
    tx.select().from(memberships).where(and(eq(memberships.organizationId, org.id), eq(memberships.role, 'owner'))),
  );
  return rows.length;
}
