import { cache } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs, categoryHref } from '@/components/storefront/catalog/breadcrumbs';
import { ProductGrid } from '@/components/storefront/catalog/product-card';
import { ProductView } from '@/components/storefront/catalog/product-view';
import { SpecificationsTable } from '@/components/storefront/catalog/specifications-table';
import { storefrontContext } from '@/lib/server/context';
import { getProductPage } from '@/lib/storefront/catalog/get-product-page';
import { jsonLdScript, productJsonLd } from '@/lib/storefront/catalog/product-json-ld';
import { productSpecs } from '@/lib/storefront/catalog/product-specs';
import { storefrontOrigin } from '@/lib/tenancy/hosts';
import { safeDecode } from '@/lib/storefront/catalog/safe-decode';
import { storefrontPageContext } from '@/lib/storefront/page-context';

type Params = Promise<{ site: string; slug: string }>;

// Cached per store and product (ISR) from the first visit; no path is built at build time.
// The variant in `?variant=` is read in the browser, so one cached page serves every variant.
export const revalidate = 300;
export function generateStaticParams(): { site: string; slug: string }[] {
  return [];
}

const loadProduct = cache(async (site: string, slug: string) => {
  const ctx = await storefrontPageContext(site);
  const page = await getProductPage(ctx, { slug: safeDecode(slug) });
  return page ? { ctx, page } : null;
});

const productPath = (slug: string) => `/p/${encodeURIComponent(slug)}`;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { site, slug } = await params;
  if ((await storefrontContext(site)).status !== 'ok') return {};
  const found = await loadProduct(site, slug);
  if (!found) return { title: 'Product not found' };
  const { ctx, page } = found;
  const { product, images } = page;
  const url = `${storefrontOrigin(ctx.host)}${productPath(product.slug)}`;
  const description = product.metaDescription ?? product.shortDescription ?? undefined;
  const title = product.metaTitle ?? product.name;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'website',
      url,
      title,
      description,
      images: images
        .slice(0, 4)
        .map((i) => ({ url: `${storefrontOrigin(ctx.host)}${i.url}`, width: i.width, height: i.height, alt: i.alt || product.name })),
    },
  };
}

/** A product: gallery, variant picker, description, specifications and related products. */
export default async function ProductPage({ params }: { params: Params }) {
  const { site, slug } = await params;
  const found = await loadProduct(site, slug);
  if (!found) notFound();
  const { ctx, page } = found;
  const { product } = page;
  const { org } = ctx;
  const ld = productJsonLd(page, {
    productUrl: `${storefrontOrigin(ctx.host)}${productPath(product.slug)}`,
    origin: storefrontOrigin(ctx.host),
    currency: org.defaultCurrency,
  });
  const specs = productSpecs(page, org.defaultLocale);

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-8 px-4 py-6 sm:px-6 sm:py-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(ld) }} />
      <Breadcrumbs trail={page.breadcrumbs.map((c) => ({ label: c.name, href: categoryHref(c.slug) }))} current={product.name} />
      <ProductView
        name={product.name}
        brand={product.brand}
        shortDescription={product.shortDescription}
        images={page.images}
        options={product.options}
        variants={page.variants}
        orderLimits={{ minOrderQuantity: product.minOrderQuantity, maxOrderQuantity: product.maxOrderQuantity, allowBackorder: product.allowBackorder }}
      />
      {(product.description || specs.length > 0) && (
        <div className="grid gap-10 border-t pt-8 lg:grid-cols-2">
          {product.description && (
            <section aria-labelledby="product-description" className="flex flex-col gap-3">
              <h2 id="product-description" className="text-lg font-semibold">
                Description
              </h2>
              <p className="whitespace-pre-line text-pretty text-muted-foreground">{product.description}</p>
            </section>
          )}
          {specs.length > 0 && <SpecificationsTable rows={specs} />}
        </div>
      )}
      {page.related.length > 0 && (
        <section aria-labelledby="related-products" className="flex flex-col gap-4 border-t pt-8">
          <h2 id="related-products" className="text-lg font-semibold">
            You may also like
          </h2>
          <ProductGrid products={page.related} />
        </section>
      )}
    </div>
  );
}
