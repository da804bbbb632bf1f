import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { SearchX } from 'lucide-react';
import { Pagination } from '@/components/ui/pagination';
import { ProductGrid } from '@/components/storefront/catalog/product-card';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { PageParam } from '@/lib/server/list-query';
import { firstParam, type SearchParams } from '@/lib/server/search-params';
import { searchProducts, type SearchResult } from '@/lib/storefront/catalog/search-products';
import { storefrontPageContext, storefrontPageMetadata, type SiteParams } from '@/lib/storefront/page-context';

export async function generateMetadata({ params, searchParams }: { params: SiteParams; searchParams: SearchParams }): Promise<Metadata> {
  const q = firstParam((await searchParams).q)?.trim();
  const metadata = await storefrontPageMetadata(params, q ? `Search: ${q}` : 'Search');
  // Result pages are for shoppers, not for search engines' indexes.
  return { ...metadata, robots: { index: false, follow: true } };
}

/** Search across the store's products, with matches highlighted and typo-tolerant fallbacks. */
export default async function SearchPage({ params, searchParams }: { params: SiteParams; searchParams: SearchParams }) {
  const ctx = await storefrontPageContext((await params).site);
  const query = await searchParams;
  const q = (firstParam(query.q) ?? '').trim().slice(0, 200);
  const result = q ? await searchProducts(ctx, { q, page: PageParam.parse(firstParam(query.page)) }) : null;

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-8">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{q ? <>Results for “{q}”</> : 'Search'}</h1>
      <Form action="/search" role="search" className="flex max-w-xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search products
        </label>
        <Input
          id="search-page-q"
          key={q}
          name="q"
          type="search"
          defaultValue={q}
          placeholder="What are you looking for?"
          autoComplete="off"
        />
        <Button type="submit">Search</Button>
      </Form>
      {result ? <Results q={q} result={result} /> : <p className="text-muted-foreground">Type a product name, brand or word above.</p>}
    </div>
  );
}

function Results({ q, result }: { q: string; result: SearchResult }) {
  if (result.rows.length === 0) {
    return (
      <EmptyState
        icon={SearchX}
        title={`Nothing found for “${q}”`}
        description="Check the spelling, or try fewer or more general words."
        action={
          <Button asChild variant="outline">
            <Link href="/">Browse the store</Link>
          </Button>
        }
      />
    );
  }
  const count = result.capped ? `More than ${result.total}` : String(result.total);
  return (
    <section aria-labelledby="search-results" className="flex flex-col gap-6">
      <h2 id="search-results" className="sr-only">
        Results
      </h2>
      <div className="flex flex-col gap-1" aria-live="polite">
        {result.fuzzy ? <p className="font-medium">No exact matches for “{q}”. Did you mean one of these?</p> : null}
        <p className="text-sm text-muted-foreground">
          {count} {result.total === 1 && !result.capped ? 'product' : 'products'}
          {result.fuzzy ? ' with a similar name' : ''}
        </p>
      </div>
      <ProductGrid products={result.rows} />
      <Pagination
        page={result.page}
        totalPages={result.totalPages}
        href={(p) => `/search?${new URLSearchParams({ q, ...(p > 1 ? { page: String(p) } : {}) })}`}
      />
    </section>
  );
}
