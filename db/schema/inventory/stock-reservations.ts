import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { id, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { productVariants } from '../catalog/product-variants';
import { warehouses } from './warehouses';
import { orders } from '../orders/orders';
import { orderItems } from '../orders/order-items';
import { RESERVATION_STATUSES } from '../values';

export const reservationStatus = pgEnum('reservation_status', RESERVATION_STATUSES);

/**
 * Units of an order line held in one warehouse (`stock_levels.reserved` counts the active ones).
 * Released when the order is cancelled; fulfilled (an OUT movement) when it is delivered.
 * Only lib/inventory/reservations moves them.
 */
export const stockReservations = pgTable(
  'stock_reservations',
  {
    id: id('rsv'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    orderId: text('order_id').notNull(),
    orderItemId: text('order_item_id').notNull(),
    productId: text('product_id').notNull(),
    variantId: text('variant_id').notNull(),
    warehouseId: text('warehouse_id').notNull(),
    quantity: integer('quantity').notNull(),
    status: reservationStatus('status').notNull().default('active'),
    ...timestamps(),
  },
  (t) => [
    index('stock_reservations_org_order_idx').on(t.organizationId, t.orderId),
    index('stock_reservations_org_variant_active_idx').on(t.organizationId, t.variantId).where(sql`status = 'active'`),
    check('stock_reservations_quantity_check', sql`quantity > 0`),
    foreignKey({ name: 'stock_reservations_order_fk', columns: [t.organizationId, t.orderId], foreignColumns: [orders.organizationId, orders.id] }).onDelete('cascade'),
    foreignKey({ name: 'stock_reservations_item_fk', columns: [t.organizationId, t.orderItemId], foreignColumns: [orderItems.organizationId, orderItems.id] }).onDelete('cascade'),
    foreignKey({ name: 'stock_reservations_variant_fk', columns: [t.organizationId, t.productId, t.variantId], foreignColumns: [productVariants.organizationId, productVariants.productId, productVariants.id] }),
    foreignKey({ name: 'stock_reservations_warehouse_fk', columns: [t.organizationId, t.warehouseId], foreignColumns: [warehouses.organizationId, warehouses.id] }),
    tenantPolicy(t.organizationId),
  ],
);

export type StockReservation = typeof stockReservations.$inferSelect;
