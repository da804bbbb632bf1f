import 'server-only';
import { getProductInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';

/** The product page header: name, status and storefront slug (NotFound for another organization's id). */
export async function getProductSummary(ctx: OrgContext, id: string) {
  requirePermission(ctx, 'catalog.view');
  const { name, slug, sku, status, publishedAt } = await ctx.tx((tx) => getProductInOrg(tx, ctx.org.id, id));
  return { id, name, slug, sku, status, publishedAt };
}
