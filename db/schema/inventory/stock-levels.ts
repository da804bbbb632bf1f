import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { products } from '../catalog/products';
import { productVariants } from '../catalog/product-variants';
import { warehouses } from './warehouses';

/**
 * Stock of one variant in one warehouse (seed 001 warehouse_inventory). `available` is
 * quantity − reserved, computed by Postgres. Quantity goes below zero only for products that
 * allow backorders; the inventory verbs enforce that with a conditional update, so two
 * parallel changes never lose one another.
 */
export const stockLevels = pgTable(
  'stock_levels',
  {
    id: id('stk'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    warehouseId: text('warehouse_id').notNull(),
    productId: text('product_id').notNull(),
    variantId: text('variant_id').notNull(),
    quantity: integer('quantity').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    available: integer('available')
      .notNull()
      .generatedAlwaysAs(sql`quantity - reserved`),
    reorderLevel: integer('reorder_level').notNull().default(0),
    maxLevel: integer('max_level'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('stock_levels_org_warehouse_variant_key').on(t.organizationId, t.warehouseId, t.variantId),
    index('stock_levels_org_product_idx').on(t.organizationId, t.productId),
    index('stock_levels_org_variant_idx').on(t.organizationId, t.variantId),
    check('stock_levels_reserved_check', sql`reserved >= 0`),
    foreignKey({ name: 'stock_levels_warehouse_fk', columns: [t.organizationId, t.warehouseId], foreignColumns: [warehouses.organizationId, warehouses.id] }).onDelete('cascade'),
    foreignKey({ name: 'stock_levels_product_fk', columns: [t.organizationId, t.productId], foreignColumns: [products.organizationId, products.id] }).onDelete('cascade'),
    // The variant of this very product: (organization_id, product_id, variant_id).
    foreignKey({ name: 'stock_levels_variant_fk', columns: [t.organizationId, t.productId, t.variantId], foreignColumns: [productVariants.organizationId, productVariants.productId, productVariants.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type StockLevel = typeof stockLevels.$inferSelect;
