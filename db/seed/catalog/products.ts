import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../client';
import { withOrg } from '../../scope';
import { inventoryMovements, productAttributes, productImages, products, productVariants, stockLevels, type Organization } from '../../schema';
import { catalogSlugFor } from '../../../lib/catalog/slug';
import { variantName } from '../../../lib/catalog/variant-name';
import { combinations } from '../../../lib/catalog/variants/matrix';
import { newId } from '../../../lib/ids';
import { getStorage } from '../../../lib/storage';
import { storageKeys } from '../../../lib/storage/keys';
import { artwork, COLOURS, hash, hue, renditions } from './artwork';
import { costPriceOf, minor } from './prices';
import type { DemoCatalog, ProductSpec } from './types';

export type SeedContext = { org: Organization; ownerId: string; catalog: DemoCatalog; categoryIds: Map<string, string>; warehouseIds: string[] };

/** Images for a product: one per colour-like option value (at most 3), else 1–2 variations. */
async function productImagesFor(ctx: SeedContext, spec: ProductSpec, productId: string) {
  const swatchOption = Object.keys(spec.options ?? {}).find((n) => ['Colour', 'Shade', 'Foil'].includes(n));
  const swatches = swatchOption ? spec.options![swatchOption]!.slice(0, 3) : [];
  const looks = swatches.length > 0 ? swatches : spec.featured ? [spec.brand, 'detail'] : [spec.brand];
  const storage = getStorage();
  const images = await Promise.all(
    looks.map(async (look, i) => {
      const from = COLOURS[look.toLowerCase()] ?? hue(`${spec.name}:${i}`);
      const image = await renditions(await artwork(800, 800, spec.name, swatches.length ? look : spec.brand, from, ctx.org.brandSecondaryColor));
      const keys = storageKeys.productImage(ctx.org.id, productId);
      await storage.put(keys.storageKey, image.full.bytes, 'image/webp');
      await storage.put(keys.thumbnailKey, image.thumbnail.bytes, 'image/webp');
      return { look: swatches.length ? look : null, ...keys, ...image };
    }),
  );
  return { swatchOption, images };
}

/** Quantity per warehouse for one variant: steady numbers from a hash, low ones where asked. */
function openingStock(spec: ProductSpec, key: string, warehouse: number) {
  if (spec.digital) return warehouse === 0 ? 500 : null;
  const h = hash(`${key}:${warehouse}`);
  if (warehouse === 0) return spec.low ? 2 + (h % 4) : h % 13 === 0 ? 4 : 12 + (h % 60);
  if (spec.low) return 0;
  return h % 9 === 0 ? null : 3 + (h % 25); // not every variant is kept in the second warehouse
}

/** Stock rows and their 'in' movements, in the product's transaction (what applyStockChange writes). */
async function writeOpeningStock(tx: Tx, ctx: SeedContext, spec: ProductSpec, variants: (typeof productVariants.$inferSelect)[]) {
  for (const variant of variants) {
    for (const [w, warehouseId] of ctx.warehouseIds.entries()) {
      const quantity = openingStock(spec, `${variant.productId}:${variant.name}`, w);
      if (quantity === null) continue;
      const at = { organizationId: ctx.org.id, warehouseId, productId: variant.productId, variantId: variant.id };
      await tx.insert(stockLevels).values({ ...at, quantity, reorderLevel: w === 0 ? 5 : 2, maxLevel: w === 0 ? 120 : 40 });
      if (quantity > 0) {
        await tx.insert(inventoryMovements).values({ ...at, type: 'in', quantity, quantityAfter: quantity, reason: 'Opening stock', reference: 'Demo data', createdById: ctx.ownerId });
      }
    }
  }
}

/** One demo product with its images, specifications, variants and opening stock, unless a live one has its slug. */
export async function ensureProduct(ctx: SeedContext, spec: ProductSpec, index: number): Promise<boolean> {
  const { org, catalog } = ctx;
  const slug = catalogSlugFor(spec.name, 'product');
  const [exists] = await withOrg(org.id, (tx) =>
    tx.select({ id: products.id }).from(products).where(and(eq(products.organizationId, org.id), eq(products.slug, slug), isNull(products.deletedAt))),
  );
  if (exists) return false;

  const productId = newId('prod');
  const { swatchOption, images } = await productImagesFor(ctx, spec, productId);
  const options = Object.entries(spec.options ?? {}).map(([name, values]) => ({ name, values }));
  const order = options.map((o) => o.name);
  const sku = `${catalog.sku}-${1001 + index}`;
  const cur = org.defaultCurrency;
  await withOrg(org.id, async (tx) => {
    await tx.insert(products).values({
      id: productId,
      organizationId: org.id,
      categoryId: ctx.categoryIds.get(spec.cat) ?? null,
      name: spec.name,
      slug,
      sku,
      brand: spec.brand,
      shortDescription: spec.short,
      description: `${spec.short} ${Object.entries(spec.specs).map(([k, v]) => `${k}: ${v}.`).join(' ')}`,
      basePrice: minor(spec.price, cur),
      salePrice: spec.sale === undefined ? null : minor(spec.sale, cur),
      costPrice: costPriceOf(minor(spec.sale ?? spec.price, cur)),
      currency: cur,
      taxRateBps: spec.tax ?? catalog.taxRateBps,
      weightGrams: spec.grams || null,
      status: spec.status ?? 'active',
      isFeatured: spec.featured ?? false,
      isDigital: spec.digital ?? false,
      requiresShipping: !spec.digital,
      lowStockThreshold: 5,
      tags: spec.tags,
      options,
      publishedAt: spec.status ? null : new Date(),
      createdById: ctx.ownerId,
      updatedById: ctx.ownerId,
    });
    const imageRows = await tx
      .insert(productImages)
      .values(images.map((im, i) => ({ organizationId: org.id, productId, storageKey: im.storageKey, thumbnailKey: im.thumbnailKey, width: im.full.width, height: im.full.height, byteSize: im.full.bytes.byteLength, altText: im.look ? `${spec.name}, ${im.look}` : spec.name, sortOrder: i, isPrimary: i === 0 })))
      .returning();
    await tx.insert(productAttributes).values(Object.entries(spec.specs).map(([name, value], i) => ({ organizationId: org.id, productId, name, value, sortOrder: i })));
    const variants = await tx
      .insert(productVariants)
      .values(
        combinations(options).map((values, i) => ({
          organizationId: org.id,
          productId,
          name: variantName(values, order),
          sku: options.length ? `${sku}-${String(i + 1).padStart(2, '0')}` : sku,
          optionValues: values,
          priceAdjustment: Object.values(values).reduce((sum, v) => sum + minor(spec.adjust?.[v] ?? 0, cur), 0),
          imageId: swatchOption ? (imageRows[images.findIndex((im) => im.look === values[swatchOption])]?.id ?? null) : null,
          isDefault: options.length === 0,
          sortOrder: i,
        })),
      )
      .returning();
    await writeOpeningStock(tx, ctx, spec, variants);
  });
  return true;
}
