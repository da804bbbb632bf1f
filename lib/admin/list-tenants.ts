import { and, count, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { containsPattern, paged, pageWindow } from '@/lib/server/list-query';
import { PAGE_SIZE } from './internal';
import type { ListTenantsFilters } from './schemas';

// Raw SQL names the outer table: drizzle leaves single-table selects unqualified.
// The first owner (by when they joined) stands for the tenant in lists and searches.
const ownerEmail = sql<string | null>`(
  select u.email from memberships m join users u on u.id = m.user_id
  where m.organization_id = organizations.id and m.role = 'owner'
  order by m.created_at limit 1)`;
const membersCount = sql<number>`(select count(*)::int from memberships m where m.organization_id = organizations.id)`;

function conditions(filters: ListTenantsFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [isNull(organizations.deletedAt)];
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    where.push(
      or(
        ilike(organizations.name, pattern),
        ilike(organizations.slug, pattern),
        sql`exists (select 1 from memberships m join users u on u.id = m.user_id
                    where m.organization_id = ${organizations.id} and m.role = 'owner' and u.email ilike ${pattern})`,
      ),
    );
  }
  if (filters.plan) where.push(eq(organizations.plan, filters.plan));
  if (filters.status) where.push(eq(organizations.status, filters.status));
  return and(...where);
}

/** The back office's tenant list: newest first, 25 a page, searchable by name, slug and owner email. */
export async function listTenants(ctx: AdminContext, filters: ListTenantsFilters) {
  requirePlatformPermission(ctx, 'tenants.view');
  const where = conditions(filters);
  return ctx.tx(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(organizations).where(where);
    const { page, offset } = pageWindow(total, filters.page, PAGE_SIZE);
    const rows = await tx
      .select({
        id: organizations.id,
        name: organizations.name,
        slug: organizations.slug,
        kind: organizations.kind,
        plan: organizations.plan,
        status: organizations.status,
        createdAt: organizations.createdAt,
        ownerEmail,
        membersCount,
      })
      .from(organizations)
      .where(where)
      .orderBy(desc(organizations.createdAt), desc(organizations.id))
      .limit(PAGE_SIZE)
      .offset(offset);
    return paged(rows, total, page, PAGE_SIZE);
  });
}

export type TenantListRow = Awaited<ReturnType<typeof listTenants>>['rows'][number];
