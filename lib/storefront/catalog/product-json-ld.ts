import { toDecimalString } from '@/lib/money/money';
import type { ProductPage } from './get-product-page';

/**
 * schema.org Product for search engines: one Offer per variant with its price as a decimal
 * string, currency, availability and SKU; image URLs absolute. `productUrl` is the canonical URL.
 */
export function productJsonLd(page: ProductPage, opts: { productUrl: string; origin: string; currency: string }) {
  const { product, variants, images } = page;
  const absolute = (path: string) => new URL(path, opts.origin).toString();
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.metaDescription ?? product.shortDescription ?? undefined,
    sku: product.sku ?? undefined,
    brand: product.brand ? { '@type': 'Brand', name: product.brand } : undefined,
    image: images.length ? images.map((i) => absolute(i.url)) : undefined,
    url: opts.productUrl,
    offers: variants.map((v) => ({
      '@type': 'Offer',
      name: v.name,
      sku: v.sku ?? undefined,
      price: toDecimalString(v.price, opts.currency),
      priceCurrency: opts.currency,
      availability: v.inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      url: variants.length > 1 ? `${opts.productUrl}?variant=${encodeURIComponent(v.id)}` : opts.productUrl,
    })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so merchant text cannot close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
