import 'server-only';
import { productVariants, products } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import {
  auditSnapshot,
  checkCategory,
  checkRelated,
  freeSlug,
  productColumns,
  replaceProductChildren,
  rethrowUniqueConflict,
} from './product-writes';
import type { CreateProductInput } from './schemas';

/**
 * A new product of this organization, priced in its default currency, with the default
 * variant every product without options has (stock is kept per variant), its specifications
 * and related products, all in one transaction with the audit row.
 */
export async function createProduct(ctx: OrgContext, input: CreateProductInput): Promise<{ id: string; slug: string }> {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  try {
    return await ctx.tx(async (tx) => {
      await checkCategory(tx, orgId, input.categoryId);
      await checkRelated(tx, orgId, input.relatedProductIds);
      const slug = input.slug ?? (await freeSlug(tx, orgId, input.name));
      const [product] = await tx
        .insert(products)
        .values({
          ...productColumns(input),
          organizationId: orgId,
          slug,
          currency: ctx.org.defaultCurrency,
          publishedAt: input.status === 'active' ? new Date() : null,
          createdById: ctx.actor.userId,
          updatedById: ctx.actor.userId,
        })
        .returning({ id: products.id, slug: products.slug });
      await tx.insert(productVariants).values({ organizationId: orgId, productId: product!.id, name: 'Default', isDefault: true, optionValues: {} });
      await replaceProductChildren(tx, orgId, product!.id, input);
      await recordAudit(tx, ctx.actor, {
        organizationId: orgId,
        action: 'product.created',
        entityType: 'product',
        entityId: product!.id,
        newValues: { ...auditSnapshot({ ...input, slug }, input), currency: ctx.org.defaultCurrency },
      });
      return product!;
    });
  } catch (e) {
    rethrowUniqueConflict(e);
  }
}
