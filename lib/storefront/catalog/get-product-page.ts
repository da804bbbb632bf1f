import 'server-only';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { productAttributes, productImages, productRelations, products, productVariants, type ProductOption } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { fileUrl } from '@/lib/storage';
import { categoryTrail, type Crumb } from './category-tree';
import { loadProductCards, type ProductCard } from './product-cards';
import { toPageVariant, type PageVariant } from './page-variant';
import { variantAvailable } from './product-availability';
import { visibleProducts } from './visible';

export type PageImage = { id: string; url: string; thumbnailUrl: string; alt: string; width: number; height: number };
export type ProductPage = {
  product: {
    id: string;
    name: string;
    slug: string;
    brand: string | null;
    sku: string | null;
    shortDescription: string | null;
    description: string | null;
    metaTitle: string | null;
    metaDescription: string | null;
    options: ProductOption[];
    weightGrams: number | null;
    lengthMm: number | null;
    widthMm: number | null;
    heightMm: number | null;
    minOrderQuantity: number;
    maxOrderQuantity: number | null;
    allowBackorder: boolean;
    updatedAt: Date;
  };
  /** Primary first, then gallery order. */
  images: PageImage[];
  variants: PageVariant[];
  attributes: { name: string; value: string }[];
  related: ProductCard[];
  breadcrumbs: Crumb[];
};

/** Everything the product page shows, or null when no visible product of this store has the slug. */
export async function getProductPage(ctx: StorefrontContext, input: { slug: string }): Promise<ProductPage | null> {
  const { org } = ctx;
  return ctx.tx(async (tx) => {
    const [p] = await tx
      .select()
      .from(products)
      .where(and(visibleProducts(org.id), eq(products.slug, input.slug)))
      .limit(1);
    if (!p) return null;

    const images = await tx
      .select()
      .from(productImages)
      .where(and(eq(productImages.organizationId, org.id), eq(productImages.productId, p.id)))
      .orderBy(desc(productImages.isPrimary), asc(productImages.sortOrder), asc(productImages.id));

    const variants = await tx
      .select({
        variant: productVariants,
        // Only stock in active warehouses, as on the cards (product-availability.ts).
        available: variantAvailable(tx, org.id),
      })
      .from(productVariants)
      .where(
        and(
          eq(productVariants.organizationId, org.id),
          eq(productVariants.productId, p.id),
          eq(productVariants.isActive, true),
          isNull(productVariants.deletedAt),
        ),
      )
      .orderBy(asc(productVariants.sortOrder), asc(productVariants.id));

    const attributes = await tx
      .select({ name: productAttributes.name, value: productAttributes.value })
      .from(productAttributes)
      .where(and(eq(productAttributes.organizationId, org.id), eq(productAttributes.productId, p.id)))
      .orderBy(asc(productAttributes.sortOrder), asc(productAttributes.id));

    const relatedIds = await tx
      .select({ id: productRelations.relatedProductId })
      .from(productRelations)
      .where(and(eq(productRelations.organizationId, org.id), eq(productRelations.productId, p.id), eq(productRelations.kind, 'related')))
      .orderBy(asc(productRelations.sortOrder))
      .limit(8);

    return {
      product: {
        id: p.id,
        name: p.name,
        slug: p.slug,
        brand: p.brand,
        sku: p.sku,
        shortDescription: p.shortDescription,
        description: p.description,
        metaTitle: p.metaTitle,
        metaDescription: p.metaDescription,
        options: p.options,
        weightGrams: p.weightGrams,
        lengthMm: p.lengthMm,
        widthMm: p.widthMm,
        heightMm: p.heightMm,
        minOrderQuantity: p.minOrderQuantity,
        maxOrderQuantity: p.maxOrderQuantity,
        allowBackorder: p.allowBackorder,
        updatedAt: p.updatedAt,
      },
      images: images.map((i) => ({
        id: i.id,
        url: fileUrl(i.storageKey),
        thumbnailUrl: fileUrl(i.thumbnailKey),
        alt: i.altText ?? '',
        width: i.width,
        height: i.height,
      })),
      variants: variants.map((v) => toPageVariant(org, p, v.variant, v.available)),
      attributes,
      related: await loadProductCards(
        tx,
        org,
        relatedIds.map((r) => r.id),
      ),
      breadcrumbs: p.categoryId ? await categoryTrail(tx, org.id, p.categoryId) : [],
    };
  });
}
