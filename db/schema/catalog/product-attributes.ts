import { foreignKey, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { products } from './products';

/**
 * Specifications shown on the product page and used as storefront filters (seed 002
 * product_attributes): free name/value pairs such as Material = Cotton.
 */
export const productAttributes = pgTable(
  'product_attributes',
  {
    id: id('attr'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    productId: text('product_id').notNull(),
    name: text('name').notNull(),
    value: text('value').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('product_attributes_org_product_idx').on(t.organizationId, t.productId, t.sortOrder),
    index('product_attributes_org_name_value_idx').on(t.organizationId, t.name, t.value),
    foreignKey({ name: 'product_attributes_product_fk', columns: [t.organizationId, t.productId], foreignColumns: [products.organizationId, products.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type ProductAttribute = typeof productAttributes.$inferSelect;
