import { and, asc, count, countDistinct, desc, eq, ilike, inArray, max, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { platformRoles, users } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { containsPattern, paged, pageWindow } from '@/lib/server/list-query';
import { PAGE_SIZE } from '../internal';
import type { ListAdminsFilters } from './schemas';

const grantor = alias(users, 'grantor');

/** Platform staff: everyone with a platform role (expired grants shown as such), latest granted first, 25 a page. */
export async function listAdmins(ctx: AdminContext, filters: ListAdminsFilters) {
  requirePlatformPermission(ctx, 'admins.manage');
  const where: SQL | undefined = filters.q ? and(ilike(users.email, containsPattern(filters.q))) : undefined;
  return ctx.tx(async (tx) => {
    const [{ total } = { total: 0 }] = await tx
      .select({ total: countDistinct(platformRoles.userId) })
      .from(platformRoles)
      .innerJoin(users, eq(users.id, platformRoles.userId))
      .where(where);
    const { page, offset } = pageWindow(total, filters.page, PAGE_SIZE);
    const people = await tx
      .select({ id: users.id, name: users.name, email: users.email, status: users.status, lastGrantedAt: max(platformRoles.grantedAt), grants: count() })
      .from(platformRoles)
      .innerJoin(users, eq(users.id, platformRoles.userId))
      .where(where)
      .groupBy(users.id)
      .orderBy(desc(max(platformRoles.grantedAt)), asc(users.email))
      .limit(PAGE_SIZE)
      .offset(offset);
    const grants = people.length
      ? await tx
          .select({
            id: platformRoles.id,
            userId: platformRoles.userId,
            role: platformRoles.role,
            grantedAt: platformRoles.grantedAt,
            grantedByEmail: grantor.email,
            expiresAt: platformRoles.expiresAt,
            expired: sql<boolean>`${platformRoles.expiresAt} is not null and ${platformRoles.expiresAt} <= now()`,
          })
          .from(platformRoles)
          .leftJoin(grantor, eq(grantor.id, platformRoles.grantedBy))
          .where(inArray(platformRoles.userId, people.map((p) => p.id)))
          .orderBy(asc(platformRoles.role))
      : [];
    const rows = people.map((p) => ({ ...p, roles: grants.filter((g) => g.userId === p.id) }));
    return paged(rows, total, page, PAGE_SIZE);
  });
}

export type AdminListRow = Awaited<ReturnType<typeof listAdmins>>['rows'][number];
