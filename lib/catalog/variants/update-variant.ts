import { and, eq, isNull } from 'drizzle-orm';
import { isUniqueViolation } from '@/db/errors';
import { productVariants, type ProductVariant } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict } from '@/lib/server/errors';
import { lockVariant, requireProductImage, variantPriceColumns } from './internal';
import type { UpdateVariantInput } from './schemas';

/**
 * Changes the given fields of one variant; SKUs are unique within the organization. The
 * product and the variant are locked first, so an adjustment is checked against the price the
 * product still has when this commits, and a product deleted meanwhile is NotFound.
 */
export async function updateVariant(ctx: OrgContext, input: UpdateVariantInput): Promise<ProductVariant> {
  requirePermission(ctx, 'catalog.manage');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const { variant, product } = await lockVariant(tx, orgId, input.variantId);
    const changes: Partial<ProductVariant> = {};
    if (input.sku !== undefined) changes.sku = input.sku || null;
    if (input.barcode !== undefined) changes.barcode = input.barcode || null;
    if (input.price) Object.assign(changes, variantPriceColumns(input.price, product));
    if (input.imageId) await requireProductImage(tx, orgId, product.id, input.imageId);
    if (input.imageId !== undefined) changes.imageId = input.imageId;
    if (input.isActive !== undefined) changes.isActive = input.isActive;

    const { oldValues, newValues, changed } = diff(variant, changes);
    if (!changed) return variant;
    let updated: ProductVariant | undefined;
    try {
      [updated] = await tx
        .update(productVariants)
        .set(newValues)
        .where(and(eq(productVariants.organizationId, orgId), eq(productVariants.id, variant.id), isNull(productVariants.deletedAt)))
        .returning();
    } catch (e) {
      if (isUniqueViolation(e, 'product_variants_org_sku_key')) {
        throw conflict(`Another variant already uses the SKU ${changes.sku}.`, { sku: ['Another variant already uses this SKU.'] });
      }
      throw e;
    }
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'variant.updated',
      entityType: 'product_variant',
      entityId: variant.id,
      oldValues,
      newValues: { ...newValues, productId: product.id },
    });
    return updated!;
  });
}
