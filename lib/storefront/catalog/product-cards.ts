import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { productImages, products, type Organization } from '@/db/schema';
import { formatMoney } from '@/lib/money/money';
import { fileUrl } from '@/lib/storage';
import { visibleProducts } from './visible';

/** A product as a grid shows it: name, price (and the price before a sale), stock, one image. */
export type ProductCard = {
  id: string;
  name: string;
  slug: string;
  brand: string | null;
  price: string;
  /** The base price, when a sale price is lower. */
  compareAtPrice: string | null;
  inStock: boolean;
  image: { url: string; alt: string } | null;
};

/** Cards for these product ids, in the order given; ids that are not visible are dropped. */
export async function loadProductCards(tx: Tx, org: Organization, ids: string[]): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({
      id: products.id,
      name: products.name,
      slug: products.slug,
      brand: products.brand,
      price: products.price,
      basePrice: products.basePrice,
      stockAvailable: products.stockAvailable,
      allowBackorder: products.allowBackorder,
    })
    .from(products)
    .where(and(visibleProducts(org.id), inArray(products.id, ids)));
  // The primary image, else the first in gallery order: one row per product.
  const images = await tx
    .selectDistinctOn([productImages.productId], {
      productId: productImages.productId,
      key: productImages.thumbnailKey,
      alt: productImages.altText,
    })
    .from(productImages)
    .where(and(eq(productImages.organizationId, org.id), inArray(productImages.productId, ids)))
    .orderBy(productImages.productId, desc(productImages.isPrimary), asc(productImages.sortOrder), asc(productImages.id));
  const imageOf = new Map(images.map((i) => [i.productId, i]));
  const money = (minor: number) => formatMoney(minor, org.defaultCurrency, org.defaultLocale);
  const byId = new Map(
    rows.map((r) => {
      const image = imageOf.get(r.id);
      const card: ProductCard = {
        id: r.id,
        name: r.name,
        slug: r.slug,
        brand: r.brand,
        price: money(r.price),
        compareAtPrice: r.basePrice > r.price ? money(r.basePrice) : null,
        inStock: r.stockAvailable > 0 || r.allowBackorder,
        image: image ? { url: fileUrl(image.key), alt: image.alt ?? '' } : null,
      };
      return [r.id, card];
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
