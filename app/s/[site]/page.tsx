import { ShoppingBag } from 'lucide-react';
import { CategoryTiles } from '@/components/storefront/catalog/category-tiles';
import { ProductGrid } from '@/components/storefront/catalog/product-card';
import { EmptyState } from '@/components/ui/empty-state';
import { getHomeCatalog } from '@/lib/storefront/catalog/get-home-catalog';
import { storefrontPageContext, type SiteParams } from '@/lib/storefront/page-context';

// Cached per store (ISR): rendered on the first visit, refreshed at most every 5 minutes and
// at once when the merchant changes the catalog (lib/storefront/revalidate.ts).
export const revalidate = 300;
export function generateStaticParams(): { site: string }[] {
  return [];
}

/** The store's front page: who they are, featured (or newest) products and the top categories. */
export default async function StorefrontHomePage({ params }: { params: SiteParams }) {
  const ctx = await storefrontPageContext((await params).site);
  const { org } = ctx;
  const home = await getHomeCatalog(ctx);
  return (
    <>
      <section className="bg-brand text-brand-foreground">
        <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-16">
          {org.category && <p className="text-sm font-medium opacity-90">{org.category}</p>}
          <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{org.name}</h1>
          {org.description && <p className="mt-3 max-w-2xl text-lg text-pretty opacity-95">{org.description}</p>}
        </div>
      </section>
      <div className="mx-auto flex w-full max-w-6xl flex-col gap-12 px-4 py-10 sm:px-6">
        <section aria-labelledby="home-products" className="flex flex-col gap-4">
          <h2 id="home-products" className="text-xl font-semibold tracking-tight">
            {home.featured ? 'Featured products' : home.products.length > 0 ? 'New arrivals' : 'Products'}
          </h2>
          {home.products.length > 0 ? (
            <ProductGrid products={home.products} />
          ) : (
            <EmptyState
              as="h3"
              icon={ShoppingBag}
              title="This store has no products yet"
              description={`When ${org.name} adds products, you will find them here.`}
            />
          )}
        </section>
        {home.categories.length > 0 && (
          <section aria-labelledby="home-categories" className="flex flex-col gap-4">
            <h2 id="home-categories" className="text-xl font-semibold tracking-tight">
              Shop by category
            </h2>
            <CategoryTiles categories={home.categories} />
          </section>
        )}
      </div>
    </>
  );
}
