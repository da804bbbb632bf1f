import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { withUser } from '@/db/scope';
import { memberships, organizations } from '@/db/schema';

/**
 * The organizations where this user is a courier. Runs in the user's own scope: row-level
 * security lets a user read their memberships and the organizations they belong to, and
 * nothing else.
 */
export async function listCourierOrganizations(userId: string) {
  return withUser(userId, (tx) =>
    tx
      .select({
        id: organizations.id,
        name: organizations.name,
        slug: organizations.slug,
        status: organizations.status,
        contactPhone: organizations.contactPhone,
        brandPrimaryColor: organizations.brandPrimaryColor,
        since: memberships.createdAt,
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(and(eq(memberships.userId, userId), eq(memberships.role, 'courier'), isNull(organizations.deletedAt)))
      .orderBy(asc(organizations.name)),
  );
}

export type CourierOrganization = Awaited<ReturnType<typeof listCourierOrganizations>>[number];
