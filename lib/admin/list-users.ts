import { and, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { users } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { containsPattern, paged, pageWindow } from '@/lib/server/list-query';
import { PAGE_SIZE } from './internal';
import type { ListUsersFilters } from './schemas';

// Raw SQL names the outer table: drizzle leaves single-table selects unqualified.
const platformRolesOf = sql<string[]>`array(
  select pr.role::text from platform_roles pr
  where pr.user_id = users.id and (pr.expires_at is null or pr.expires_at > now())
  order by pr.role)`;
const membershipsCount = sql<number>`(select count(*)::int from memberships m where m.user_id = users.id)`;

function conditions(filters: ListUsersFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    where.push(or(ilike(users.name, pattern), ilike(users.email, pattern)));
  }
  if (filters.status) where.push(eq(users.status, filters.status));
  return and(...where);
}

/** Every account on the platform, newest first, 25 a page. */
export async function listUsers(ctx: AdminContext, filters: ListUsersFilters) {
  requirePlatformPermission(ctx, 'users.view');
  const where = conditions(filters);
  return ctx.tx(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(users).where(where);
    const { page, offset } = pageWindow(total, filters.page, PAGE_SIZE);
    const rows = await tx
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        status: users.status,
        statusReason: users.statusReason,
        emailVerified: users.emailVerified,
        mfaEnabled: users.mfaEnabled,
        lastLoginAt: users.lastLoginAt,
        createdAt: users.createdAt,
        platformRoles: platformRolesOf,
        membershipsCount,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(PAGE_SIZE)
      .offset(offset);
    return paged(rows, total, page, PAGE_SIZE);
  });
}

export type UserListRow = Awaited<ReturnType<typeof listUsers>>['rows'][number];
