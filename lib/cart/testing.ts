import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { cartItems, carts, products, productVariants, type Organization, type Product } from '@/db/schema';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { sha256 } from '@/lib/crypto/hash';
import type { CartRef } from './internal';

/** Test helpers: a guest cart reference, a stocked product, and the merchant changing it. */
export const guestRef = (): CartRef => ({ tokenHash: sha256(randomBytes(32).toString('base64url')) });

export async function stockedProduct(org: Organization, stock: number, overrides: Partial<typeof products.$inferInsert> = {}) {
  const warehouse = await createWarehouse(org);
  const { product, variant, variants } = await createProduct(org, { basePrice: 1000, ...overrides });
  await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: variant.id }, stock);
  return { product, variant, variants, warehouse };
}

export function updateProduct(org: Organization, product: Product, set: Partial<typeof products.$inferInsert>) {
  return withOrg(org.id, (tx) => tx.update(products).set(set).where(eq(products.id, product.id)));
}

export function updateVariant(org: Organization, variantId: string, set: Partial<typeof productVariants.$inferInsert>) {
  return withOrg(org.id, (tx) => tx.update(productVariants).set(set).where(eq(productVariants.id, variantId)));
}

export function cartRowsOf(org: Organization) {
  return withOrg(org.id, async (tx) => ({ carts: await tx.select().from(carts), items: await tx.select().from(cartItems) }));
}
