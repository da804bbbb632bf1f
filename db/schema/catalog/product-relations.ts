import { sql } from 'drizzle-orm';
import { check, foreignKey, integer, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { products } from './products';
import { PRODUCT_RELATION_KINDS } from '../values';

export const productRelationKind = pgEnum('product_relation_kind', PRODUCT_RELATION_KINDS);

/** Related and frequently-bought-together products (seed 003), chosen by the merchant, ordered. */
export const productRelations = pgTable(
  'product_relations',
  {
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    productId: text('product_id').notNull(),
    relatedProductId: text('related_product_id').notNull(),
    kind: productRelationKind('kind').notNull().default('related'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'product_relations_pkey', columns: [t.organizationId, t.productId, t.kind, t.relatedProductId] }),
    foreignKey({ name: 'product_relations_product_fk', columns: [t.organizationId, t.productId], foreignColumns: [products.organizationId, products.id] }).onDelete('cascade'),
    foreignKey({ name: 'product_relations_related_fk', columns: [t.organizationId, t.relatedProductId], foreignColumns: [products.organizationId, products.id] }).onDelete('cascade'),
    check('product_relations_not_self_check', sql`product_id <> related_product_id`),
    tenantPolicy(t.organizationId),
  ],
);

export type ProductRelation = typeof productRelations.$inferSelect;
