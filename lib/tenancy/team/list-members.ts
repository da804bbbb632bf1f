import { containsPattern, pageWindow } from '@/lib/server/list-query';
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { memberships, users } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { ListMembersInput } from './schemas';

export const MEMBERS_PAGE_SIZE = 20;

/** Team → members, searchable by name or email (`?q=`), paginated (`?page=`). */
export async function listMembers(ctx: OrgContext, rawInput: ListMembersInput) {
  requirePermission(ctx, 'team.view');
  const { q, page } = ListMembersInput.parse(rawInput);
  const filters: SQL[] = [eq(memberships.organizationId, ctx.org.id)];
  if (q) filters.push(or(ilike(users.name, containsPattern(q)), ilike(users.email, containsPattern(q)))!);
  const where = and(...filters);
  return ctx.tx(async (tx) => {
    const [total] = await tx.select({ n: count() }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(where);
    const { page: current, totalPages, offset } = pageWindow(total?.n ?? 0, page, MEMBERS_PAGE_SIZE);
    const members = await tx
      .select({
        membershipId: memberships.id,
        userId: users.id,
        name: users.name,
        email: users.email,
        role: memberships.role,
        joinedAt: memberships.createdAt,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(where)
      .orderBy(asc(memberships.createdAt), asc(memberships.id))
      .limit(MEMBERS_PAGE_SIZE)
      .offset(offset);
    return { members, total: total?.n ?? 0, page: current, totalPages, q };
  });
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>['members'][number];
