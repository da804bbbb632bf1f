import { foreignKey, index, integer, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { users } from '../identity/users';
import { products } from '../catalog/products';
import { productVariants } from '../catalog/product-variants';
import { warehouses } from './warehouses';
import { INVENTORY_MOVEMENT_TYPES } from '../values';

export const inventoryMovementType = pgEnum('inventory_movement_type', INVENTORY_MOVEMENT_TYPES);

/**
 * The ledger of every stock change (seed 001 inventory_movements), written in the same
 * transaction as the change. `quantity` is signed (+ into the warehouse, − out of it) and
 * `quantity_after` is the warehouse's quantity once applied. A transfer writes two rows, one
 * per warehouse, sharing `transfer_id` and naming each other in `counterpart_warehouse_id`.
 */
export const inventoryMovements = pgTable(
  'inventory_movements',
  {
    id: id('mov'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    productId: text('product_id').notNull(),
    variantId: text('variant_id').notNull(),
    warehouseId: text('warehouse_id').notNull(),
    type: inventoryMovementType('type').notNull(),
    quantity: integer('quantity').notNull(),
    quantityAfter: integer('quantity_after').notNull(),
    reason: text('reason'),
    /** What caused it: an order number, a supplier invoice, an import. */
    reference: text('reference'),
    transferId: text('transfer_id'),
    counterpartWarehouseId: text('counterpart_warehouse_id'),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('inventory_movements_org_product_idx').on(t.organizationId, t.productId, t.createdAt),
    index('inventory_movements_org_created_idx').on(t.organizationId, t.createdAt),
    foreignKey({ name: 'inventory_movements_product_fk', columns: [t.organizationId, t.productId], foreignColumns: [products.organizationId, products.id] }).onDelete('cascade'),
    // The variant of this very product: (organization_id, product_id, variant_id).
    foreignKey({ name: 'inventory_movements_variant_fk', columns: [t.organizationId, t.productId, t.variantId], foreignColumns: [productVariants.organizationId, productVariants.productId, productVariants.id] }).onDelete('cascade'),
    foreignKey({ name: 'inventory_movements_warehouse_fk', columns: [t.organizationId, t.warehouseId], foreignColumns: [warehouses.organizationId, warehouses.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type InventoryMovement = typeof inventoryMovements.$inferSelect;
