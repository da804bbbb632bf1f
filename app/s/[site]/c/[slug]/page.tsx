import { cache } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PackageSearch } from 'lucide-react';
import { Breadcrumbs, categoryHref } from '@/components/storefront/catalog/breadcrumbs';
import { Pagination } from '@/components/ui/pagination';
import { CategoryFiltersForm, FILTERS_FORM_ID } from '@/components/storefront/catalog/category-filters-form';
import { ProductGrid } from '@/components/storefront/catalog/product-card';
import { SortSelect } from '@/components/storefront/catalog/sort-select';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ResultCount } from '@/components/ui/result-count';
import { storefrontContext } from '@/lib/server/context';
import type { SearchParams } from '@/lib/server/search-params';
import { categoryQuery, clearedFiltersQuery, parseCategoryFilters } from '@/lib/storefront/catalog/category-filters';
import { listCategoryProducts } from '@/lib/storefront/catalog/list-category-products';
import { safeDecode } from '@/lib/storefront/catalog/safe-decode';
import { storefrontOrigin } from '@/lib/tenancy/hosts';
import { storefrontPageContext } from '@/lib/storefront/page-context';

type Params = Promise<{ site: string; slug: string }>;
type Query = Awaited<SearchParams>;

// Filters live in the query string, so this page renders per request (its queries use the
// org-leading indexes); product and home pages are the cached ones.
const loadListing = cache(async (site: string, slug: string, queryKey: string) => {
  const ctx = await storefrontPageContext(site);
  const query = JSON.parse(queryKey) as Query;
  const filters = parseCategoryFilters(query, ctx.org.defaultCurrency);
  const listing = await listCategoryProducts(ctx, { slug: safeDecode(slug), filters });
  return listing ? { ctx, listing, filters, query } : null;
});

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { site, slug } = await params;
  if ((await storefrontContext(site)).status !== 'ok') return {};
  const found = await loadListing(site, slug, JSON.stringify(await searchParams));
  if (!found) return { title: 'Category not found' };
  const { category } = found.listing;
  return {
    title: category.metaTitle ?? category.name,
    description: category.metaDescription ?? category.description ?? undefined,
    // Filtered, sorted and later pages all point at the category itself.
    alternates: { canonical: `${storefrontOrigin(found.ctx.host)}${categoryHref(category.slug)}` },
  };
}

/** A category: its products and its subcategories' products, with filters, sort and pages. */
export default async function CategoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { site, slug } = await params;
  const found = await loadListing(site, slug, JSON.stringify(await searchParams));
  if (!found) notFound();
  const { ctx, listing, filters, query } = found;
  const { category, products } = listing;
  const basePath = categoryHref(category.slug);
  const filtered = filters.min !== null || filters.max !== null || filters.inStock || filters.attributes.length > 0;
  const text = (key: string) => (typeof query[key] === 'string' ? (query[key] as string) : '');
  const formKey = categoryQuery(query, 1);
  const clearHref = `${basePath}${clearedFiltersQuery(filters)}`;

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-8">
      <Breadcrumbs
        trail={listing.breadcrumbs.slice(0, -1).map((c) => ({ label: c.name, href: categoryHref(c.slug) }))}
        current={category.name}
      />
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{category.name}</h1>
        {category.description && <p className="max-w-3xl text-pretty text-muted-foreground">{category.description}</p>}
        {listing.subcategories.length > 0 && (
          <nav aria-label="Subcategories" className="mt-2">
            <ul className="flex flex-wrap gap-2">
              {listing.subcategories.map((c) => (
                <li key={c.slug}>
                  <Button asChild variant="outline" size="sm">
                    <Link href={categoryHref(c.slug)}>{c.name}</Link>
                  </Button>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <div className="grid gap-8 lg:grid-cols-[15rem_1fr]">
        <aside aria-label="Filters">
          <CategoryFiltersForm
            key={formKey}
            action={basePath}
            min={text('min')}
            max={text('max')}
            inStock={filters.inStock}
            facets={listing.facets}
            currency={ctx.org.defaultCurrency}
            active={filtered}
            clearHref={clearHref}
          />
        </aside>
        <section aria-labelledby="category-products" className="flex min-w-0 flex-col gap-6">
          <h2 id="category-products" className="sr-only">
            Products
          </h2>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <ResultCount total={products.total} noun={['product', 'products']} filtered={filtered} />
            <SortSelect key={filters.sort} form={FILTERS_FORM_ID} value={filters.sort} />
          </div>
          {products.rows.length > 0 ? (
            <ProductGrid products={products.rows} />
          ) : (
            <EmptyState
              icon={PackageSearch}
              as="h3"
              title={filtered ? 'No products match these filters' : 'No products here yet'}
              description={filtered ? 'Try a wider price range or fewer filters.' : `${category.name} has no products at the moment.`}
              action={
                filtered ? (
                  <Button asChild variant="outline">
                    <Link href={clearHref}>Clear filters</Link>
                  </Button>
                ) : undefined
              }
            />
          )}
          <Pagination page={products.page} totalPages={products.totalPages} href={(p) => `${basePath}${categoryQuery(query, p)}`} />
        </section>
      </div>
    </div>
  );
}
