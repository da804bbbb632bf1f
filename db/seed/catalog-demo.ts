import { and, eq, inArray } from 'drizzle-orm';
import { withPlatform } from '../scope';
import { memberships, organizations } from '../schema';
import { CATALOGS } from './catalog/catalogs';
import { ensureCategories } from './catalog/categories';
import { linkProducts } from './catalog/links';
import { ensureProduct, type SeedContext } from './catalog/products';
import { ensureWarehouses } from './catalog/warehouses';

/**
 * The demo catalog of each demo organization: a category tree, two warehouses, products with
 * options, variants, specifications, images, opening stock and related products. Idempotent:
 * categories and products are found by slug among the live ones and warehouses by name, and
 * only what is missing is written. It runs under tsx outside Next, where modules marked
 * 'server-only' cannot be imported (processImage, applyStockChange), so it writes rows with
 * drizzle directly: each stock row together with its 'in' movement in one transaction, and
 * images made the way processImage makes them (WebP display copy + thumbnail).
 *
 * The data is in catalog/<org>.ts, the pictures in catalog/artwork.ts, the writers beside them.
 */
export async function seedCatalogDemo(log: (line: string) => void = console.log) {
  const slugs = Object.keys(CATALOGS);
  const orgs = await withPlatform((tx) => tx.select().from(organizations).where(inArray(organizations.slug, slugs)));
  for (const org of orgs.sort((a, b) => slugs.indexOf(a.slug) - slugs.indexOf(b.slug))) {
    const catalog = CATALOGS[org.slug]!;
    const [owner] = await withPlatform((tx) =>
      tx.select({ userId: memberships.userId }).from(memberships).where(and(eq(memberships.organizationId, org.id), eq(memberships.role, 'owner'))),
    );
    const { ids: categoryIds, created: newCategories } = await ensureCategories(org, catalog.categories);
    const warehouseIds = (await ensureWarehouses(org, catalog.warehouses)).map((w) => w.id);
    const ctx: SeedContext = { org, ownerId: owner!.userId, catalog, categoryIds, warehouseIds };
    let created = 0;
    // A few at a time: image work overlaps with database round trips.
    for (let i = 0; i < catalog.products.length; i += 4) {
      const batch = catalog.products.slice(i, i + 4).map((spec, j) => ensureProduct(ctx, spec, i + j));
      created += (await Promise.all(batch)).filter(Boolean).length;
    }
    await linkProducts(org, catalog);
    const changed = created + newCategories > 0;
    log(`  ${changed ? '+' : '='} ${org.name} catalog: ${created} of ${catalog.products.length} products and ${newCategories} of ${categoryIds.size} categories added`);
  }
}
