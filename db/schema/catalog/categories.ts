import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { deletedAt, id, organizationId, tenantPolicy, timestamps } from '../columns';
import { organizations } from '../tenancy/organizations';

/**
 * The category tree of one organization (seeds 001/002/003; 003's subcategories fold in as
 * deeper levels). Unlimited depth through parent_id; siblings are ordered by sort_order.
 * The parent is referenced with the organization, so a tree never spans two tenants.
 */
export const categories = pgTable(
  'categories',
  {
    id: id('cat'),
    organizationId: organizationId().references(() => organizations.id, { onDelete: 'cascade' }),
    parentId: text('parent_id'),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description'),
    /** Storage key of the category image (lib/storage). */
    imageKey: text('image_key'),
    sortOrder: integer('sort_order').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    metaTitle: text('meta_title'),
    metaDescription: text('meta_description'),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    unique('categories_org_id_key').on(t.organizationId, t.id),
    uniqueIndex('categories_org_slug_key').on(t.organizationId, t.slug).where(sql`deleted_at is null`),
    index('categories_org_parent_idx').on(t.organizationId, t.parentId, t.sortOrder),
    foreignKey({ name: 'categories_parent_fk', columns: [t.organizationId, t.parentId], foreignColumns: [t.organizationId, t.id] }),
    tenantPolicy(t.organizationId),
  ],
);

export type Category = typeof categories.$inferSelect;
