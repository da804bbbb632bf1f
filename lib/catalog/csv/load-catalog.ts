import 'server-only';
import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db/client';
import { categories, products, productVariants, stockLevels, type Product, type ProductVariant } from '@/db/schema';
import type { ImportProduct } from './group-products';

export type Catalog = {
  categoryIds: Map<string, string>;
  existing: Map<string, Product>;
  variants: Map<string, ProductVariant[]>;
  /** Stock rows by variant id, locked for this transaction. */
  stock: Map<string, StockRow[]>;
};

export type StockRow = { variantId: string; warehouseId: string; quantity: number; reserved: number };

const CHUNK = 1000;

/** `select … where column in (values)` in chunks, so a big file never hits the parameter limit. */
async function inChunks<T>(values: string[], column: PgColumn, query: (where: SQL) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  const unique = [...new Set(values)];
  for (let i = 0; i < unique.length; i += CHUNK) out.push(...(await query(inArray(column, unique.slice(i, i + CHUNK)))));
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Everything the import compares the file with, read once inside its transaction (after the
 * import lock): categories by slug, the products the file names (locked) and their variants, their stock
 * (locked, so the counted quantities are applied to what is really there), and who owns the SKUs.
 */
export async function loadCatalog(tx: Tx, orgId: string, items: ImportProduct[]) {
  const org = (table: { organizationId: PgColumn }) => eq(table.organizationId, orgId);
  const slugs = items.map((p) => p.slug);
  const categorySlugs = items.flatMap((p) => (p.fields.category ? [p.fields.category] : []));

  const cats = await inChunks(categorySlugs, categories.slug, (w) =>
    tx.select({ id: categories.id, slug: categories.slug }).from(categories).where(and(org(categories), isNull(categories.deletedAt), w)),
  );
  // Products locked first (in id order), then their stock: the lock order of every stock change.
  const found = await inChunks(slugs, products.slug, (w) =>
    tx.select().from(products).where(and(org(products), isNull(products.deletedAt), w)).orderBy(products.id).for('update'),
  );
  const productIds = found.map((p) => p.id);
  const variants = await inChunks(productIds, productVariants.productId, (w) =>
    tx.select().from(productVariants).where(and(org(productVariants), isNull(productVariants.deletedAt), w)).orderBy(productVariants.sortOrder),
  );
  const levels = await inChunks(productIds, stockLevels.productId, (w) =>
    tx
      .select({ variantId: stockLevels.variantId, warehouseId: stockLevels.warehouseId, quantity: stockLevels.quantity, reserved: stockLevels.reserved })
      .from(stockLevels)
      .where(and(org(stockLevels), w))
      .for('update'),
  );

  const catalog: Catalog = {
    categoryIds: new Map(cats.map((c) => [c.slug, c.id])),
    existing: new Map(found.map((p) => [p.slug, p])),
    variants: new Map(),
    stock: new Map(),
  };
  for (const v of variants) push(catalog.variants, v.productId, v);
  for (const l of levels) push(catalog.stock, l.variantId, l);
  return catalog;
}

/** Who already uses the file's SKUs: product SKUs → product slug; variant SKUs → their product's slug (null once deleted). */
export async function loadSkuOwners(tx: Tx, orgId: string, items: ImportProduct[]) {
  const productSkus = items.flatMap((p) => (p.fields.sku ? [p.fields.sku] : []));
  const variantSkus = items.flatMap((p) => p.variants.flatMap((v) => (v.variant.sku ? [v.variant.sku] : [])));
  const productOwners = await inChunks(productSkus, products.sku, (w) =>
    tx.select({ sku: products.sku, slug: products.slug }).from(products).where(and(eq(products.organizationId, orgId), isNull(products.deletedAt), w)),
  );
  const variantOwners = await inChunks(variantSkus, productVariants.sku, (w) =>
    tx
      .select({ sku: productVariants.sku, slug: products.slug, deletedAt: products.deletedAt })
      .from(productVariants)
      .innerJoin(products, and(eq(products.organizationId, productVariants.organizationId), eq(products.id, productVariants.productId)))
      .where(and(eq(productVariants.organizationId, orgId), isNull(productVariants.deletedAt), w)),
  );
  return {
    product: new Map(productOwners.map((o) => [o.sku!, o.slug])),
    variant: new Map(variantOwners.map((o) => [o.sku!, o.deletedAt ? null : o.slug])),
  };
}
