import { and, eq, inArray, isNull } from 'drizzle-orm';
import { withOrg } from '../../scope';
import { productRelations, products, type Organization } from '../../schema';
import { catalogSlugFor } from '../../../lib/catalog/slug';
import type { DemoCatalog } from './types';

/** Related: the neighbours in the same top-level group; frequently bought together: as listed. */
export async function linkProducts(org: Organization, catalog: DemoCatalog) {
  await withOrg(org.id, async (tx) => {
    const slugs = catalog.products.map((p) => catalogSlugFor(p.name, 'product'));
    const rows = await tx.select({ id: products.id, slug: products.slug }).from(products).where(and(eq(products.organizationId, org.id), inArray(products.slug, slugs), isNull(products.deletedAt)));
    const idOf = new Map(rows.map((r) => [r.slug, r.id]));
    const links: (typeof productRelations.$inferInsert)[] = [];
    catalog.products.forEach((p, i) => {
      const id = idOf.get(slugs[i]!);
      if (!id) return;
      [1, 2, 3].map((d) => slugs[(i + d) % slugs.length]!).forEach((s, n) => {
        const related = idOf.get(s);
        if (related && related !== id) links.push({ organizationId: org.id, productId: id, relatedProductId: related, kind: 'related', sortOrder: n });
      });
      (p.together ?? []).forEach((s, n) => {
        const related = idOf.get(s);
        if (related) links.push({ organizationId: org.id, productId: id, relatedProductId: related, kind: 'frequently_bought_together', sortOrder: n });
      });
    });
    if (links.length) await tx.insert(productRelations).values(links).onConflictDoNothing();
  });
}
