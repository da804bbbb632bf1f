import 'server-only';
import type { Tx } from '@/db/client';
import { productVariants, products } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { withFreeSlug } from './free-slug';
import { checkCategory, checkRelated } from './product-checks';
import { auditSnapshot, productColumns, replaceProductChildren, rethrowUniqueConflict } from './product-writes';
import type { CreateProductInput } from './schemas';
import { assertWithinPlan } from '@/lib/plans/enforce';

/**
 * A new product of this organization, priced in its default currency, with the default
 * variant every product without options has (stock is kept per variant), its specifications
 * and related products, all in one transaction with the audit row. An empty slug is made from
 * the name, numbered when taken (also when a parallel create takes it first).
 */
export async function createProduct(ctx: OrgContext, input: CreateProductInput): Promise<{ id: string; slug: string }> {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  const insert = async (tx: Tx, slug: string) => {
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
    return product!;
  };
  try {
    return await ctx.tx(async (tx) => {
      await assertWithinPlan(tx, orgId, 'products');
      await checkCategory(tx, orgId, input.categoryId);
      await checkRelated(tx, orgId, input.relatedProductIds);
      const product = input.slug
        ? await insert(tx, input.slug)
        : await withFreeSlug(tx, { table: products, constraint: 'products_org_slug_key', orgId, name: input.name, fallback: 'product' }, insert);
      await tx.insert(productVariants).values({ organizationId: orgId, productId: product.id, name: 'Default', isDefault: true, optionValues: {} });
      await replaceProductChildren(tx, orgId, product.id, input);
      await recordAudit(tx, ctx.actor, {
        organizationId: orgId,
        action: 'product.created',
        entityType: 'product',
        entityId: product.id,
        newValues: { ...auditSnapshot({ ...input, slug: product.slug }, input), currency: ctx.org.defaultCurrency },
      });
      return product;
    });
  } catch (e) {
    rethrowUniqueConflict(e);
  }
}
