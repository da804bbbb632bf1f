import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { deletedAt, id, money, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { products } from './products';

/**
 * A sellable version of a product (seeds 001/002): one value of each of the product's options,
 * e.g. { Size: 'M', Colour: 'Red' }. A product without options has one default variant with
 * `{}`. The price is `price` when set, else the product's price plus `price_adjustment`.
 */
export const productVariants = pgTable(
  'product_variants',
  {
    id: id('var'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    productId: text('product_id').notNull(),
    name: text('name').notNull(),
    sku: text('sku'),
    barcode: text('barcode'),
    optionValues: jsonb('option_values').$type<Record<string, string>>().notNull().default({}),
    price: money('price'),
    priceAdjustment: money('price_adjustment').notNull().default(0),
    /** One of this product's images: (organization_id, product_id, image_id), ON DELETE SET NULL (image_id); migration 0003. */
    imageId: text('image_id'),
    weightGrams: integer('weight_grams'),
    isDefault: boolean('is_default').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    unique('product_variants_org_id_key').on(t.organizationId, t.id),
    unique('product_variants_org_product_id_key').on(t.organizationId, t.productId, t.id),
    uniqueIndex('product_variants_org_sku_key').on(t.organizationId, t.sku).where(sql`deleted_at is null`),
    uniqueIndex('product_variants_product_options_key').on(t.productId, t.optionValues).where(sql`deleted_at is null`),
    index('product_variants_org_product_idx').on(t.organizationId, t.productId, t.sortOrder),
    foreignKey({ name: 'product_variants_product_fk', columns: [t.organizationId, t.productId], foreignColumns: [products.organizationId, products.id] }).onDelete('cascade'),
    tenantPolicy(t.organizationId),
  ],
);

export type ProductVariant = typeof productVariants.$inferSelect;
