import 'server-only';
import { and, asc, desc, eq, isNull, sql, type AnyColumn } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { productImages, products, productVariants, type Organization, type Product } from '@/db/schema';
import { formatMoney } from '@/lib/money/money';
import { fileUrl } from '@/lib/storage';
import { variantPrice } from './page-variant';
import { productAvailable } from './product-availability';
import { visibleProducts } from './visible';

/** A product as a grid shows it: name, price (and the price before a sale), stock, one image. */
export type ProductCard = {
  id: string;
  name: string;
  slug: string;
  brand: string | null;
  /** The lowest price of its active variants. */
  price: string;
  /** The variants' prices differ: the card says "From <price>". */
  priceFrom: boolean;
  /** The price before the product's sale, when that sale applies to the price shown. */
  compareAtPrice: string | null;
  inStock: boolean;
  image: { url: string; alt: string } | null;
};

/**
 * `column = any($ids)`: one parameter however many ids, so the statement's text stays the same
 * and Postgres can reuse its plan (an IN list changes the text with every length).
 */
const isAnyOf = (column: AnyColumn, ids: string[]) => sql`${column} = any(${sql.param(ids)}::text[])`;

type Priced = { price: number; before: number | null };

/** The cheapest variant's price (a sale one first on a tie) and whether prices differ. */
function priceRange(product: Pick<Product, 'price' | 'basePrice'>, variants: Priced[]) {
  // Every product has a variant; with none active, the product's own price is all there is.
  const prices = variants.length > 0 ? variants : [variantPrice(product, { price: null, priceAdjustment: 0 })];
  const lowest = prices.reduce((min, p) => (p.price < min.price || (p.price === min.price && min.before === null) ? p : min));
  return { lowest, varies: prices.some((p) => p.price !== lowest.price) };
}

/**
 * Cards for these product ids, in the order given; ids that are not visible are dropped. The
 * three reads are sent together (postgres-js pipelines them on the transaction's connection).
 */
export async function loadProductCards(tx: Tx, org: Organization, ids: string[]): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const productRows = tx
    .select({
      id: products.id,
      name: products.name,
      slug: products.slug,
      brand: products.brand,
      price: products.price,
      basePrice: products.basePrice,
      inStock: productAvailable(tx, org.id),
    })
    .from(products)
    .where(and(visibleProducts(org.id), isAnyOf(products.id, ids)))
    .prepare('storefront_cards')
    .execute();
  const variantRows = tx
    .select({ productId: productVariants.productId, price: productVariants.price, priceAdjustment: productVariants.priceAdjustment })
    .from(productVariants)
    .where(
      and(
        eq(productVariants.organizationId, org.id),
        isAnyOf(productVariants.productId, ids),
        eq(productVariants.isActive, true),
        isNull(productVariants.deletedAt),
      ),
    )
    .prepare('storefront_card_variants')
    .execute();
  // The primary image, else the first in gallery order: one row per product.
  const imageRows = tx
    .selectDistinctOn([productImages.productId], {
      productId: productImages.productId,
      key: productImages.thumbnailKey,
      alt: productImages.altText,
    })
    .from(productImages)
    .where(and(eq(productImages.organizationId, org.id), isAnyOf(productImages.productId, ids)))
    .orderBy(productImages.productId, desc(productImages.isPrimary), asc(productImages.sortOrder), asc(productImages.id))
    .prepare('storefront_card_images')
    .execute();
  const [rows, variants, images] = await Promise.all([productRows, variantRows, imageRows]);
  const imageOf = new Map(images.map((i) => [i.productId, i]));
  const variantsOf = new Map<string, typeof variants>();
  for (const v of variants) variantsOf.set(v.productId, [...(variantsOf.get(v.productId) ?? []), v]);
  const money = (minor: number) => formatMoney(minor, org.defaultCurrency, org.defaultLocale);
  const byId = new Map(
    rows.map((r) => {
      const image = imageOf.get(r.id);
      const { lowest, varies } = priceRange(
        r,
        (variantsOf.get(r.id) ?? []).map((v) => variantPrice(r, v)),
      );
      const card: ProductCard = {
        id: r.id,
        name: r.name,
        slug: r.slug,
        brand: r.brand,
        price: money(lowest.price),
        priceFrom: varies,
        compareAtPrice: lowest.before === null ? null : money(lowest.before),
        inStock: r.inStock,
        image: image ? { url: fileUrl(image.key), alt: image.alt ?? '' } : null,
      };
      return [r.id, card];
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
