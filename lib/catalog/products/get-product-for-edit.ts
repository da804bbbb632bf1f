import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { productAttributes, productRelations, products } from '@/db/schema';
import { getProductInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import type { ProductPickerOption } from './search-product-options';

/** Everything the editor shows of one of this organization's products (NotFound for any other id). */
export async function getProductForEdit(ctx: OrgContext, id: string) {
  requirePermission(ctx, 'catalog.view');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const { searchVector: _searchVector, ...product } = await getProductInOrg(tx, orgId, id);
    const attributes = await tx
      .select({ name: productAttributes.name, value: productAttributes.value })
      .from(productAttributes)
      .where(and(eq(productAttributes.organizationId, orgId), eq(productAttributes.productId, id)))
      .orderBy(asc(productAttributes.sortOrder), asc(productAttributes.id));
    const related: ProductPickerOption[] = await tx
      .select({ id: products.id, name: products.name, sku: products.sku, status: products.status })
      .from(productRelations)
      .innerJoin(products, and(eq(products.organizationId, productRelations.organizationId), eq(products.id, productRelations.relatedProductId)))
      .where(
        and(
          eq(productRelations.organizationId, orgId),
          eq(productRelations.productId, id),
          eq(productRelations.kind, 'related'),
          isNull(products.deletedAt),
        ),
      )
      .orderBy(asc(productRelations.sortOrder));
    return { product, attributes, related };
  });
}

export type ProductForEdit = Awaited<ReturnType<typeof getProductForEdit>>;
