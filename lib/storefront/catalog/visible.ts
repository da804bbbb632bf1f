import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { categories, products } from '@/db/schema';

/**
 * What a shopper may see: this organization's active, not deleted products and categories.
 * Every storefront query starts from these (RLS on ctx.tx is the backstop, not the filter).
 */
export const visibleProducts = (orgId: string) =>
  and(eq(products.organizationId, orgId), eq(products.status, 'active'), isNull(products.deletedAt));

export const visibleCategories = (orgId: string) =>
  and(eq(categories.organizationId, orgId), eq(categories.isActive, true), isNull(categories.deletedAt));
