import { check, foreignKey, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, money, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { productVariants } from '../catalog/product-variants';
import { carts } from './carts';

/**
 * A variant and quantity in a cart. `unit_price_at_add` is the price the shopper saw when adding
 * it, so the cart can say "the price changed" (the cart always charges the current price).
 */
export const cartItems = pgTable(
  'cart_items',
  {
    id: id('cti'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    cartId: text('cart_id').notNull(),
    productId: text('product_id').notNull(),
    variantId: text('variant_id').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceAtAdd: money('unit_price_at_add').notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('cart_items_cart_variant_key').on(t.organizationId, t.cartId, t.variantId),
    check('cart_items_quantity_check', sql`quantity > 0`),
    foreignKey({ name: 'cart_items_cart_fk', columns: [t.organizationId, t.cartId], foreignColumns: [carts.organizationId, carts.id] }).onDelete('cascade'),
    foreignKey({ name: 'cart_items_variant_fk', columns: [t.organizationId, t.productId, t.variantId], foreignColumns: [productVariants.organizationId, productVariants.productId, productVariants.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type CartItem = typeof cartItems.$inferSelect;
