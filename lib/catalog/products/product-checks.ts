import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { products, productVariants } from '@/db/schema';
import { lockCategory } from '@/lib/catalog/categories/internal';
import { formatMoney } from '@/lib/money/money';
import { AppError, invalid } from '@/lib/server/errors';

/** What createProduct, updateProduct and the bulk verbs check before they write. */
export const CATEGORY_NOT_FOUND = 'That category was not found. Choose another.';
export const RELATED_NOT_FOUND = 'Some related products were not found. Pick them again.';
export const SOME_NOT_FOUND = 'Some of the selected products no longer exist. Refresh the list and try again.';

/**
 * The category must be one of this organization's (NotFound otherwise), shown next to the field.
 * Share-locked until commit, so a parallel delete cannot leave the product in a deleted category.
 */
export async function checkCategory(tx: Tx, orgId: string, categoryId: string | null) {
  if (!categoryId) return;
  try {
    await lockCategory(tx, orgId, categoryId, 'share');
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', CATEGORY_NOT_FOUND, { categoryId: [CATEGORY_NOT_FOUND] });
    throw e;
  }
}

/** Related products must be this organization's live products, and not the product itself. */
export async function checkRelated(tx: Tx, orgId: string, ids: string[], selfId?: string) {
  if (selfId && ids.includes(selfId)) {
    const message = 'A product cannot be related to itself.';
    throw invalid(message, { relatedProductIds: [message] });
  }
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.organizationId, orgId), inArray(products.id, ids), isNull(products.deletedAt)));
  if (found.length !== ids.length) throw new AppError('NOT_FOUND', RELATED_NOT_FOUND, { relatedProductIds: [RELATED_NOT_FOUND] });
}

/**
 * A variant without its own price costs the product's price plus its adjustment, so the
 * product's price may not go below the largest discount of a live variant. Call it on the
 * locked product (lockProduct), so no variant changes meanwhile. The refusal sits on the field
 * that sets the price: the sale price when there is one, else the base price.
 */
export async function checkVariantPriceFloor(
  tx: Tx,
  product: { organizationId: string; id: string; currency: string },
  next: { basePrice: number; salePrice: number | null },
  locale: string,
) {
  const [lowest] = await tx
    .select({ name: productVariants.name, adjustment: productVariants.priceAdjustment })
    .from(productVariants)
    .where(
      and(
        eq(productVariants.organizationId, product.organizationId),
        eq(productVariants.productId, product.id),
        isNull(productVariants.price),
        isNull(productVariants.deletedAt),
      ),
    )
    .orderBy(asc(productVariants.priceAdjustment))
    .limit(1);
  const price = next.salePrice ?? next.basePrice;
  if (!lowest || price + lowest.adjustment >= 0) return;
  const discount = formatMoney(-lowest.adjustment, product.currency, locale);
  const message = `The variant “${lowest.name}” costs ${discount} less than the product, so the price must be at least ${discount}. Change that variant’s price first.`;
  throw invalid(message, { [next.salePrice === null ? 'basePrice' : 'salePrice']: [message] });
}

/**
 * Locks the selected products of this organization for a bulk change; if any id is not one of
 * its live products (another tenant's, deleted, made up) it throws NotFound and nothing changes.
 */
export async function lockSelectedProducts(tx: Tx, orgId: string, ids: string[]) {
  const rows = await tx
    .select({ id: products.id, status: products.status, categoryId: products.categoryId })
    .from(products)
    .where(and(eq(products.organizationId, orgId), inArray(products.id, ids), isNull(products.deletedAt)))
    .orderBy(asc(products.id))
    .for('update');
  if (rows.length !== ids.length) throw new AppError('NOT_FOUND', SOME_NOT_FOUND);
  return rows;
}
