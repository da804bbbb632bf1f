import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { productVariants, type ProductVariant } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { lockProduct } from '@/lib/catalog/products/lock-product';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { variantPriceColumns } from './internal';
import type { BulkUpdateVariantsInput } from './schemas';

/**
 * The same price and/or active flag for several variants of one product (the table's bulk bar),
 * on the locked product. All or nothing: an id of another product (or organization) changes
 * nothing. Variants that already have the change are left alone; the audit row keeps what each
 * changed variant had before.
 */
export async function bulkUpdateVariants(ctx: OrgContext, input: BulkUpdateVariantsInput): Promise<{ updated: number }> {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  const ids = [...new Set(input.variantIds)];
  return ctx.tx(async (tx) => {
    const product = await lockProduct(tx, orgId, input.productId);
    const changes: Partial<ProductVariant> = {};
    if (input.price) Object.assign(changes, variantPriceColumns(input.price, product));
    if (input.isActive !== undefined) changes.isActive = input.isActive;

    const rows = await tx
      .select()
      .from(productVariants)
      .where(
        and(
          eq(productVariants.organizationId, orgId),
          eq(productVariants.productId, product.id),
          inArray(productVariants.id, ids),
          isNull(productVariants.deletedAt),
        ),
      )
      .orderBy(asc(productVariants.sortOrder), asc(productVariants.id))
      .for('update');
    if (rows.length !== ids.length) throw notFound('Variant');
    const changed = rows.filter((row) => diff(row, changes).changed);
    if (changed.length === 0) return { updated: 0 };

    const changedIds = changed.map((row) => row.id);
    await tx
      .update(productVariants)
      .set(changes)
      .where(and(eq(productVariants.organizationId, orgId), inArray(productVariants.id, changedIds)));
    const fields = Object.keys(changes) as (keyof ProductVariant)[];
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'variant.bulk_updated',
      entityType: 'product',
      entityId: product.id,
      oldValues: { variants: changed.map((row) => ({ id: row.id, name: row.name, ...Object.fromEntries(fields.map((f) => [f, row[f]])) })) },
      newValues: { variantIds: changedIds, ...changes },
    });
    return { updated: changed.length };
  });
}
