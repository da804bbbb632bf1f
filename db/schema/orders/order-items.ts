import { boolean, foreignKey, index, integer, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt, id, money, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { products } from '../catalog/products';
import { productVariants } from '../catalog/product-variants';
import { orders } from './orders';

/**
 * A line of an order with name, SKU and price snapshots (seeds 001/002), so later catalog edits
 * never change a placed order. Products are soft-deleted, so the references stay valid.
 */
export const orderItems = pgTable(
  'order_items',
  {
    id: id('oit'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    orderId: text('order_id').notNull(),
    productId: text('product_id').notNull(),
    variantId: text('variant_id').notNull(),
    productName: text('product_name').notNull(),
    variantName: text('variant_name'),
    sku: text('sku'),
    optionValues: jsonb('option_values').$type<Record<string, string>>().notNull().default({}),
    imageKey: text('image_key'),
    quantity: integer('quantity').notNull(),
    unitPrice: money('unit_price').notNull(),
    subtotal: money('subtotal').notNull(),
    discountAmount: money('discount_amount').notNull().default(0),
    taxRateBps: integer('tax_rate_bps').notNull().default(0),
    taxAmount: money('tax_amount').notNull().default(0),
    total: money('total').notNull(),
    weightGrams: integer('weight_grams'),
    requiresShipping: boolean('requires_shipping').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    unique('order_items_org_id_key').on(t.organizationId, t.id),
    index('order_items_org_order_idx').on(t.organizationId, t.orderId),
    index('order_items_org_product_idx').on(t.organizationId, t.productId),
    foreignKey({ name: 'order_items_order_fk', columns: [t.organizationId, t.orderId], foreignColumns: [orders.organizationId, orders.id] }).onDelete('cascade'),
    foreignKey({ name: 'order_items_product_fk', columns: [t.organizationId, t.productId], foreignColumns: [products.organizationId, products.id] }),
    foreignKey({ name: 'order_items_variant_fk', columns: [t.organizationId, t.productId, t.variantId], foreignColumns: [productVariants.organizationId, productVariants.productId, productVariants.id] }),
    tenantPolicy(t.organizationId),
  ],
);

export type OrderItem = typeof orderItems.$inferSelect;
