import { and, eq, inArray, isNull } from 'drizzle-orm';
import { productVariants, type ProductVariant } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { getProductInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { variantPriceColumns } from './internal';
import type { BulkUpdateVariantsInput } from './schemas';

/** The same price and/or active flag for several variants of one product (the table's bulk bar). */
export async function bulkUpdateVariants(ctx: OrgContext, input: BulkUpdateVariantsInput) {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  const ids = [...new Set(input.variantIds)];
  return ctx.tx(async (tx) => {
    const product = await getProductInOrg(tx, orgId, input.productId);
    const changes: Partial<ProductVariant> = {};
    if (input.price) Object.assign(changes, variantPriceColumns(input.price, product));
    if (input.isActive !== undefined) changes.isActive = input.isActive;

    const updated = await tx
      .update(productVariants)
      .set(changes)
      .where(
        and(
          eq(productVariants.organizationId, orgId),
          eq(productVariants.productId, product.id),
          inArray(productVariants.id, ids),
          isNull(productVariants.deletedAt),
        ),
      )
      .returning({ id: productVariants.id });
    // All or nothing: an id of another product (or organization) undoes the whole change.
    if (updated.length !== ids.length) throw notFound('Variant');

    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'variant.bulk_updated',
      entityType: 'product',
      entityId: product.id,
      newValues: { variantIds: ids, ...changes },
    });
    return { updated: updated.length };
  });
}
