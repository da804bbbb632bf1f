import 'server-only';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { categories, products } from '@/db/schema';
import { getCategoryInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { fileUrl } from '@/lib/storage';
import { ancestorChain } from './internal';
import type { CategoryIdInput } from './schemas';

/** One category for its edit page: its fields, image URL, where it sits, and what it holds. */
export async function getCategory(ctx: OrgContext, input: CategoryIdInput) {
  requirePermission(ctx, 'catalog.view');
  return ctx.tx(async (tx) => {
    const category = await getCategoryInOrg(tx, ctx.org.id, input.id);
    const inOrg = eq(categories.organizationId, ctx.org.id);
    const [chain, [children], [held]] = await Promise.all([
      ancestorChain(tx, ctx.org.id, category.id),
      tx.select({ n: count() }).from(categories).where(and(inOrg, eq(categories.parentId, category.id), isNull(categories.deletedAt))),
      tx
        .select({ n: count() })
        .from(products)
        .where(and(eq(products.organizationId, ctx.org.id), eq(products.categoryId, category.id), isNull(products.deletedAt))),
    ]);
    const ancestorIds = chain.slice(1).reverse();
    const names = ancestorIds.length
      ? await tx.select({ id: categories.id, name: categories.name }).from(categories).where(and(inOrg, inArray(categories.id, ancestorIds)))
      : [];
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return {
      ...category,
      imageUrl: category.imageKey ? fileUrl(category.imageKey) : null,
      /** Root first, up to the parent. */
      ancestors: ancestorIds.map((id) => ({ id, name: nameOf.get(id) ?? '' })),
      childCount: children!.n,
      productCount: held!.n,
    };
  });
}
