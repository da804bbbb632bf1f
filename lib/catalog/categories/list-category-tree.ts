import 'server-only';
import { and, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { categories, products } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { fileUrl } from '@/lib/storage';
import { buildCategoryTree, type CategoryTreeNode } from './tree';

/** The organization's whole category tree, in order, with how many products each category holds. */
export async function listCategoryTree(ctx: OrgContext): Promise<CategoryTreeNode[]> {
  requirePermission(ctx, 'catalog.view');
  return ctx.tx(async (tx) => {
    const [rows, counts] = await Promise.all([
      tx
        .select({
          id: categories.id,
          parentId: categories.parentId,
          name: categories.name,
          slug: categories.slug,
          isActive: categories.isActive,
          imageKey: categories.imageKey,
          sortOrder: categories.sortOrder,
        })
        .from(categories)
        .where(and(eq(categories.organizationId, ctx.org.id), isNull(categories.deletedAt))),
      tx
        .select({ categoryId: products.categoryId, n: count() })
        .from(products)
        .where(and(eq(products.organizationId, ctx.org.id), isNotNull(products.categoryId), isNull(products.deletedAt)))
        .groupBy(products.categoryId),
    ]);
    const productCounts = new Map(counts.map((c) => [c.categoryId!, c.n]));
    return buildCategoryTree(
      rows.map(({ imageKey, ...row }) => ({ ...row, imageUrl: imageKey ? fileUrl(imageKey) : null })),
      productCounts,
    );
  });
}
