import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { categories, products, productVariants, warehouses } from '@/db/schema';
import { notFound } from '@/lib/server/errors';

/**
 * Scoped fetch-or-throw helpers for catalog and inventory rows. The organization is part of
 * the WHERE clause (RLS is the backstop), so an id from another tenant is simply NotFound.
 */
export async function getProductInOrg(tx: Tx, orgId: string, id: string) {
  const [row] = await tx
    .select()
    .from(products)
    .where(and(eq(products.organizationId, orgId), eq(products.id, id), isNull(products.deletedAt)));
  if (!row) throw notFound('Product');
  return row;
}

export async function getCategoryInOrg(tx: Tx, orgId: string, id: string) {
  const [row] = await tx
    .select()
    .from(categories)
    .where(and(eq(categories.organizationId, orgId), eq(categories.id, id), isNull(categories.deletedAt)));
  if (!row) throw notFound('Category');
  return row;
}

/**
 * `lock: 'stock'` is the lock order every stock change follows, so none of them can deadlock with
 * another or with a catalog edit (which lock the product, then its variants): the product row
 * (FOR NO KEY UPDATE: the stock trigger updates it anyway), then the variant (FOR SHARE: it
 * cannot be deleted under new stock). Warehouses and stock rows come after.
 */
export async function getVariantInOrg(tx: Tx, orgId: string, id: string, options: { lock?: 'stock' } = {}) {
  const query = () =>
    tx
      .select({ variant: productVariants, product: products })
      .from(productVariants)
      .innerJoin(products, and(eq(products.organizationId, productVariants.organizationId), eq(products.id, productVariants.productId)))
      .where(and(eq(productVariants.organizationId, orgId), eq(productVariants.id, id), isNull(productVariants.deletedAt), isNull(products.deletedAt)));
  let [row] = await query();
  if (row && options.lock) {
    await tx.select({ id: products.id }).from(products).where(and(eq(products.organizationId, orgId), eq(products.id, row.product.id))).for('no key update');
    [row] = await query().for('share', { of: productVariants });
  }
  if (!row) throw notFound('Variant');
  return row;
}

export async function getWarehouseInOrg(tx: Tx, orgId: string, id: string) {
  const [row] = await tx
    .select()
    .from(warehouses)
    .where(and(eq(warehouses.organizationId, orgId), eq(warehouses.id, id), isNull(warehouses.deletedAt)));
  if (!row) throw notFound('Warehouse');
  return row;
}

export { variantName } from './variant-name';
