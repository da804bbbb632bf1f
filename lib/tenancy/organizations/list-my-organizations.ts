import { and, desc, eq, isNull } from 'drizzle-orm';
import { withUser } from '@/db/scope';
import { memberships, organizations } from '@/db/schema';

/**
 * The organizations a user belongs to, most recently joined first (org switcher, /dashboard).
 * Runs in the user's own scope: RLS lets a user read their memberships and those organizations.
 */
export async function listMyOrganizations(userId: string) {
  return withUser(userId, (tx) =>
    tx
      .select({
        id: organizations.id,
        name: organizations.name,
        slug: organizations.slug,
        kind: organizations.kind,
        status: organizations.status,
        role: memberships.role,
        joinedAt: memberships.createdAt,
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(and(eq(memberships.userId, userId), isNull(organizations.deletedAt)))
      .orderBy(desc(memberships.createdAt), desc(memberships.id)),
  );
}

export type MyOrganization = Awaited<ReturnType<typeof listMyOrganizations>>[number];
