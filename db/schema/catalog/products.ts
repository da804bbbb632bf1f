import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { currency, deletedAt, id, money, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';
import { users } from '../identity/users';
import { PRODUCT_STATUSES } from '../values';

export const productStatus = pgEnum('product_status', PRODUCT_STATUSES);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A product's option axes, e.g. [{ name: 'Size', values: ['S', 'M'] }]; variants pick one value of each. */
export type ProductOption = { name: string; values: string[] };

/**
 * A product of one organization (seeds 001/002/003). Prices are minor units of `currency`
 * (the organization's). Stock lives per variant per warehouse (stock_levels); every product
 * has at least one variant (a default one when it has no options). `stock_available` is the
 * sum of quantity − reserved over its stock rows, kept by a trigger on stock_levels, so lists
 * and the storefront can filter by stock without a join.
 */
export const products = pgTable(
  'products',
  {
    id: id('prod'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    /** References categories together with organization_id (ON DELETE SET NULL (category_id)): migration 0003. */
    categoryId: text('category_id'),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    sku: text('sku'),
    barcode: text('barcode'),
    brand: text('brand'),
    shortDescription: text('short_description'),
    description: text('description'),
    basePrice: money('base_price').notNull(),
    salePrice: money('sale_price'),
    costPrice: money('cost_price'),
    /** What a shopper pays before options: the sale price when set, else the base price. */
    price: money('price')
      .notNull()
      .generatedAlwaysAs(sql`coalesce(sale_price, base_price)`),
    currency: currency().notNull(),
    /** Tax rate in basis points of a percent: 1800 = 18.00 %. */
    taxRateBps: integer('tax_rate_bps').notNull().default(0),
    weightGrams: integer('weight_grams'),
    lengthMm: integer('length_mm'),
    widthMm: integer('width_mm'),
    heightMm: integer('height_mm'),
    status: productStatus('status').notNull().default('draft'),
    isFeatured: boolean('is_featured').notNull().default(false),
    isDigital: boolean('is_digital').notNull().default(false),
    requiresShipping: boolean('requires_shipping').notNull().default(true),
    minOrderQuantity: integer('min_order_quantity').notNull().default(1),
    maxOrderQuantity: integer('max_order_quantity'),
    lowStockThreshold: integer('low_stock_threshold').notNull().default(10),
    allowBackorder: boolean('allow_backorder').notNull().default(false),
    stockAvailable: integer('stock_available').notNull().default(0),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Search and up-sell keywords (seed 003 keywords, seed 002 meta_keywords). */
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    options: jsonb('options').$type<ProductOption[]>().notNull().default([]),
    metaTitle: text('meta_title'),
    metaDescription: text('meta_description'),
    viewCount: integer('view_count').notNull().default(0),
    ratingAverage: numeric('rating_average', { precision: 3, scale: 2 }).notNull().default('0'),
    ratingCount: integer('rating_count').notNull().default(0),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    updatedById: text('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** Full-text document: name (A), brand/SKU/tags/keywords (B), short description (C), description (D). */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`catalog_search_vector(name, brand, sku, tags, keywords, short_description, description)`,
      ),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    unique('products_org_id_key').on(t.organizationId, t.id),
    uniqueIndex('products_org_slug_key').on(t.organizationId, t.slug).where(sql`deleted_at is null`),
    uniqueIndex('products_org_sku_key').on(t.organizationId, t.sku).where(sql`deleted_at is null`),
    index('products_org_created_idx').on(t.organizationId, t.createdAt),
    index('products_org_category_price_idx').on(t.organizationId, t.categoryId, t.price),
    index('products_org_featured_idx').on(t.organizationId).where(sql`is_featured and status = 'active' and deleted_at is null`),
    // GIN with the organization as a key (btree_gin): an exact word is looked up for one tenant. Prefix
    // queries still walk every tenant's lexemes with that prefix, so storefront search matches exact words.
    index('products_search_idx').using('gin', t.organizationId, t.searchVector),
    index('products_name_trgm_idx').using('gin', t.organizationId, t.name.op('gin_trgm_ops')),
    index('products_tags_idx').using('gin', t.organizationId, t.tags),
    tenantPolicy(t.organizationId),
  ],
);

export type Product = typeof products.$inferSelect;
export type ProductStatus = Product['status'];
