import { and, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import { domains, organizations } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { containsPattern, paged, pageWindow } from '@/lib/server/list-query';
import { PAGE_SIZE } from '../internal';
import type { ListCustomDomainsFilters } from './schemas';

function conditions(filters: ListCustomDomainsFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (filters.q) where.push(ilike(domains.hostname, containsPattern(filters.q.toLowerCase())));
  if (filters.status) where.push(eq(domains.status, filters.status));
  return and(...where);
}

/** Every tenant's custom domains, those checked longest ago (or never) first, so trouble surfaces; 25 a page. */
export async function listCustomDomains(ctx: AdminContext, filters: ListCustomDomainsFilters) {
  requirePlatformPermission(ctx, 'integrations.view');
  const where = conditions(filters);
  return ctx.tx(async (tx) => {
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(domains).where(where);
    const { page, offset } = pageWindow(total, filters.page, PAGE_SIZE);
    const rows = await tx
      .select({
        id: domains.id,
        hostname: domains.hostname,
        status: domains.status,
        isPrimary: domains.isPrimary,
        verifiedAt: domains.verifiedAt,
        lastCheckedAt: domains.lastCheckedAt,
        lastCheckError: domains.lastCheckError,
        createdAt: domains.createdAt,
        organization: { id: organizations.id, name: organizations.name, slug: organizations.slug, status: organizations.status },
      })
      .from(domains)
      .innerJoin(organizations, eq(organizations.id, domains.organizationId))
      .where(where)
      .orderBy(sql`${domains.lastCheckedAt} asc nulls first`, desc(domains.createdAt), domains.id)
      .limit(PAGE_SIZE)
      .offset(offset);
    return paged(rows, total, page, PAGE_SIZE);
  });
}

export type CustomDomainRow = Awaited<ReturnType<typeof listCustomDomains>>['rows'][number];
