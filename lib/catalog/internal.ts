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

/** `lock: 'share'` holds the variant row until commit, so it cannot be deleted meanwhile. */
export async function getVariantInOrg(tx: Tx, orgId: string, id: string, options: { lock?: 'share' } = {}) {
  const query = tx
    .select({ variant: productVariants, product: products })
    .from(productVariants)
    .innerJoin(products, and(eq(products.organizationId, productVariants.organizationId), eq(products.id, productVariants.productId)))
    .where(and(eq(productVariants.organizationId, orgId), eq(productVariants.id, id), isNull(productVariants.deletedAt), isNull(products.deletedAt)));
  const [row] = options.lock ? await query.for('share', { of: productVariants }) : await query;
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
