import { and, eq, isNull } from 'drizzle-orm';
import { withOrg } from '../../scope';
import { categories, type Organization } from '../../schema';
import { getStorage } from '../../../lib/storage';
import { storageKeys } from '../../../lib/storage/keys';
import { artwork, renditions } from './artwork';
import type { CategorySpec } from './types';

/**
 * The category tree, found by slug among the live categories (a deleted one is not brought
 * back: a new one takes its slug) and written where missing; top-level ones get an image.
 * Returns slug → id of every category in the tree, and how many were added.
 */
export async function ensureCategories(org: Organization, specs: CategorySpec[]) {
  const ids = new Map<string, string>();
  let created = 0;
  const storage = getStorage();
  const walk = async (list: CategorySpec[], parentId: string | null, depth: number) => {
    for (const [index, [slug, name, children]] of list.entries()) {
      let [row] = await withOrg(org.id, (tx) =>
        tx
          .select()
          .from(categories)
          .where(and(eq(categories.organizationId, org.id), eq(categories.slug, slug), isNull(categories.deletedAt))),
      );
      if (!row) {
        let imageKey: string | null = null;
        if (depth === 0) {
          const image = await renditions(await artwork(1200, 800, name, name, org.brandPrimaryColor, org.brandSecondaryColor), 1200);
          imageKey = storageKeys.categoryImage(org.id, 'webp');
          await storage.put(imageKey, image.full.bytes, 'image/webp');
        }
        [row] = await withOrg(org.id, (tx) =>
          tx
            .insert(categories)
            .values({
              organizationId: org.id,
              parentId,
              name,
              slug,
              sortOrder: index,
              imageKey,
              description: `Browse ${name.toLowerCase()} at ${org.name}.`,
              metaTitle: `${name} | ${org.name}`,
            })
            .returning(),
        );
        created++;
      }
      ids.set(slug, row!.id);
      if (children) await walk(children, row!.id, depth + 1);
    }
  };
  await walk(specs, null, 0);
  return { ids, created };
}
