import { and, asc, eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, categories, type Organization } from '@/db/schema';

/** A category row as stored (deleted or not), read past RLS (tests only). */
export async function storedCategory(id: string) {
  const [row] = await withPlatform((tx) => tx.select().from(categories).where(eq(categories.id, id)));
  return row;
}

/** Every category of an organization, deleted ones included (tests only). */
export function storedCategories(org: Organization) {
  return withPlatform((tx) => tx.select().from(categories).where(eq(categories.organizationId, org.id)).orderBy(asc(categories.createdAt)));
}

/** The audit actions recorded in an organization for one entity type, oldest first. */
export async function auditActions(org: Organization, entityType = 'category') {
  const rows = await withPlatform((tx) =>
    tx
      .select({ action: auditLogs.action })
      .from(auditLogs)
      .where(and(eq(auditLogs.organizationId, org.id), eq(auditLogs.entityType, entityType)))
      .orderBy(asc(auditLogs.createdAt)),
  );
  return rows.map((r) => r.action);
}

/** Form-like input for createCategory with only what a test cares about. */
export function categoryInput(name: string, extra: Partial<{ slug: string; parentId: string | null; isActive: boolean; description: string }> = {}) {
  return { name, slug: '', parentId: null, description: null, metaTitle: null, metaDescription: null, isActive: true, ...extra };
}
