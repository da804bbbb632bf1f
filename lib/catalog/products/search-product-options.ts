import 'server-only';
import { and, asc, eq, ilike, isNull, ne, or } from 'drizzle-orm';
import { products } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { containsPattern } from '@/lib/server/list-query';
import type { SearchProductOptionsInput } from './schemas';

export type ProductPickerOption = { id: string; name: string; sku: string | null; status: (typeof products.$inferSelect)['status'] };

/** Up to 10 of this organization's products whose name or SKU contains `q`, for the related-products picker. */
export async function searchProductOptions(ctx: OrgContext, input: SearchProductOptionsInput): Promise<ProductPickerOption[]> {
  requirePermission(ctx, 'catalog.view');
  const pattern = containsPattern(input.q);
  return ctx.tx((tx) =>
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
      .limit(10),
  );
}
