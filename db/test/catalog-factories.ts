import { randomBytes } from 'node:crypto';
import { withOrg } from '../scope';
import { categories, products, productVariants, stockLevels, warehouses, type Organization } from '../schema';

/**
 * Catalog and inventory rows for tests, written straight to the tables (the verbs under test
 * are not used to set up other verbs' tests). Every product gets its default variant, as the
 * app's createProduct does.
 */
const unique = () => randomBytes(4).toString('hex');

export async function createCategory(org: Organization, overrides: Partial<typeof categories.$inferInsert> = {}) {
  const slug = overrides.slug ?? `cat-${unique()}`;
  const [row] = await withOrg(org.id, (tx) =>
    tx.insert(categories).values({ organizationId: org.id, name: `Category ${slug}`, slug, ...overrides }).returning(),
  );
  return row!;
}

export async function createProduct(
  org: Organization,
  overrides: Partial<typeof products.$inferInsert> = {},
  variants: Partial<typeof productVariants.$inferInsert>[] = [{ name: 'Default', isDefault: true }],
) {
  const slug = overrides.slug ?? `product-${unique()}`;
  return withOrg(org.id, async (tx) => {
    const [product] = await tx
      .insert(products)
      .values({ organizationId: org.id, name: `Product ${slug}`, slug, basePrice: 1999, currency: org.defaultCurrency, status: 'active', publishedAt: new Date(), ...overrides })
      .returning();
    const rows = await tx
      .insert(productVariants)
      .values(variants.map((v, i) => ({ organizationId: org.id, productId: product!.id, name: `Variant ${i + 1}`, sortOrder: i, ...v })))
      .returning();
    return { product: product!, variants: rows, variant: rows[0]! };
  });
}

export async function createWarehouse(org: Organization, overrides: Partial<typeof warehouses.$inferInsert> = {}) {
  const [row] = await withOrg(org.id, (tx) =>
    tx.insert(warehouses).values({ organizationId: org.id, name: `Warehouse ${unique()}`, ...overrides }).returning(),
  );
  return row!;
}

/** Puts `quantity` units of a variant in a warehouse directly (no movement row), for test setup. */
export async function setStock(org: Organization, at: { warehouseId: string; productId: string; variantId: string }, quantity: number, extra: Partial<typeof stockLevels.$inferInsert> = {}) {
  const [row] = await withOrg(org.id, (tx) =>
    tx
      .insert(stockLevels)
      .values({ organizationId: org.id, ...at, quantity, ...extra })
      .onConflictDoUpdate({ target: [stockLevels.organizationId, stockLevels.warehouseId, stockLevels.variantId], set: { quantity, ...extra } })
      .returning(),
  );
  return row!;
}
