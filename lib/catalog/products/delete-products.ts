import 'server-only';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { productRelations, products, productVariants } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockSelectedProducts } from './product-checks';
import type { DeleteProductsInput } from './schemas';

/**
 * Soft-deletes up to 100 products (the UI asks first). Their variants go too, so the product
 * and variant SKUs and the slug are free for new products; orders keep pointing at the rows.
 * Links between them and other products (related, bought together) go both ways, so no other
 * product keeps pointing at one that is gone. All or nothing: one id that is not this
 * organization's live product and nothing is deleted.
 */
export async function deleteProducts(ctx: OrgContext, input: DeleteProductsInput): Promise<{ deleted: number }> {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    await lockSelectedProducts(tx, orgId, input.ids);
    const now = new Date();
    const deleted = await tx
      .update(products)
      .set({ deletedAt: now, updatedById: ctx.actor.userId })
      .where(and(eq(products.organizationId, orgId), inArray(products.id, input.ids)))
      .returning({ id: products.id, name: products.name, sku: products.sku, slug: products.slug });
    await tx
      .update(productVariants)
      .set({ deletedAt: now })
      .where(and(eq(productVariants.organizationId, orgId), inArray(productVariants.productId, input.ids), isNull(productVariants.deletedAt)));
    await tx
      .delete(productRelations)
      .where(
        and(
          eq(productRelations.organizationId, orgId),
          or(inArray(productRelations.productId, input.ids), inArray(productRelations.relatedProductId, input.ids)),
        ),
      );
    for (const p of deleted) {
      await recordAudit(tx, ctx.actor, {
        organizationId: orgId,
        action: 'product.deleted',
        entityType: 'product',
        entityId: p.id,
        oldValues: { name: p.name, sku: p.sku, slug: p.slug },
      });
    }
    return { deleted: deleted.length };
  });
}
