import { withOrg } from '@/db/scope';
import { productAttributes, productImages, productRelations, type Organization } from '@/db/schema';
import { resolveStorefront, type StorefrontContext } from '@/lib/server/context';

/** Test helpers: the storefront context of an organization's subdomain, and catalog extras. */
export async function storefrontOf(org: Organization): Promise<StorefrontContext> {
  const resolved = await resolveStorefront(`${org.slug}.localhost:3000`);
  if (resolved.status !== 'ok') throw new Error(`store ${org.slug} is ${resolved.status}`);
  return resolved.ctx;
}

export function addAttributes(org: Organization, productId: string, attrs: Record<string, string>) {
  const rows = Object.entries(attrs).map(([name, value], i) => ({ organizationId: org.id, productId, name, value, sortOrder: i }));
  return withOrg(org.id, (tx) => tx.insert(productAttributes).values(rows));
}

export async function addImage(org: Organization, productId: string, extra: Partial<typeof productImages.$inferInsert> = {}) {
  const key = `orgs/${org.id}/products/${productId}/${Math.random().toString(36).slice(2)}`;
  const [row] = await withOrg(org.id, (tx) =>
    tx
      .insert(productImages)
      .values({
        organizationId: org.id,
        productId,
        storageKey: `${key}.webp`,
        thumbnailKey: `${key}-t.webp`,
        width: 800,
        height: 600,
        byteSize: 1000,
        ...extra,
      })
      .returning(),
  );
  return row!;
}

export function relate(org: Organization, productId: string, relatedProductId: string, sortOrder = 0) {
  return withOrg(org.id, (tx) => tx.insert(productRelations).values({ organizationId: org.id, productId, relatedProductId, sortOrder }));
}
