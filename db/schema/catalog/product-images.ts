import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tenantPolicy } from '../columns';
import { organizations } from '../tenancy/organizations';
import { products } from './products';

/** A product's gallery (seed 002): the original and a thumbnail in storage, ordered, one primary. */
export const productImages = pgTable(
  'product_images',
  {
    id: id('img'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    productId: text('product_id').notNull(),
    /** Storage keys (lib/storage): the resized original and the thumbnail. */
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    byteSize: integer('byte_size').notNull(),
    altText: text('alt_text'),
    sortOrder: integer('sort_order').notNull().default(0),
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    unique('product_images_org_product_id_key').on(t.organizationId, t.productId, t.id),
    index('product_images_org_product_idx').on(t.organizationId, t.productId, t.sortOrder),
    uniqueIndex('product_images_one_primary_key').on(t.productId).where(sql`is_primary`),
    foreignKey({ name: 'product_images_product_fk', columns: [t.organizationId, t.productId], foreignColumns: [products.organizationId, products.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type ProductImage = typeof productImages.$inferSelect;
