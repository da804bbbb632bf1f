import 'server-only';
import { and, asc, eq, ilike, isNull, ne, or } from 'drizzle-orm';
import { products } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { containsPattern } from '@/lib/server/list-query';
import type { SearchProductOptionsInput } from './schemas';

export type ProductPickerOption = { id: string; name: string; sku: string | null; status: (typeof products.$inferSelect)['status'] };

export const PRODUCT_OPTIONS_MAX = 10;

/**
 * The first 10 of this organization's products whose name or SKU contains `q`, A–Z, for the
 * related-products picker, and whether more match (the picker then asks for a narrower search).
 */
export async function searchProductOptions(ctx: OrgContext, input: SearchProductOptionsInput): Promise<{ options: ProductPickerOption[]; more: boolean }> {
  requirePermission(ctx, 'catalog.view');
  const pattern = containsPattern(input.q);
  const rows = await ctx.tx((tx) =>
    tx
      .select({ id: products.id, name: products.name, sku: products.sku, status: products.status })
      .from(products)
      .where(
        and(
          eq(products.organizationId, ctx.org.id),
          isNull(products.deletedAt),
          input.excludeId ? ne(products.id, input.excludeId) : undefined,
          input.q ? or(ilike(products.name, pattern), ilike(products.sku, pattern)) : undefined,
        ),
      )
      .orderBy(asc(products.name), asc(products.id))
      .limit(PRODUCT_OPTIONS_MAX + 1),
  );
  return { options: rows.slice(0, PRODUCT_OPTIONS_MAX), more: rows.length > PRODUCT_OPTIONS_MAX };
}
