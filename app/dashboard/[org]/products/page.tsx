import type { Metadata } from 'next';
import Link from 'next/link';
import { Download, Package, Plus, SearchX, Upload } from 'lucide-react';
import { ProductFilters } from '@/components/catalog/products/product-filters';
import type { ProductRowView } from '@/components/catalog/products/product-row';
import { ProductsTable } from '@/components/catalog/products/products-table';
import { Forbidden } from '@/components/dashboard/forbidden';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { listCategoryOptions } from '@/lib/catalog/categories/list-category-options';
import { isFiltered, productFilterParams, ProductListFilters } from '@/lib/catalog/products/list-filters';
import { listProductTags } from '@/lib/catalog/products/list-product-tags';
import { listProducts, type ProductListRow } from '@/lib/catalog/products/list-products';
import { hasFeature } from '@/lib/features/dashboard-features';
import { formatMoney } from '@/lib/money/money';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';
import { fileUrl } from '@/lib/storage';

export const metadata: Metadata = { title: 'Products' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** The catalog: search, filters, sort and pages in the URL; bulk actions for those who may edit. */
export default async function ProductsPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  if (!ctx.can('catalog.view')) return <Forbidden action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Back to the overview' }} />;
  const { org } = ctx;
  const canSeeStock = ctx.can('inventory.view');
  const requested = ProductListFilters.parse(await searchParams);
  // Without inventory.view, stock is not shown, nor used to filter or sort.
  const filters: ProductListFilters = canSeeStock ? requested : { ...requested, stock: undefined, sort: requested.sort.startsWith('stock') ? 'newest' : requested.sort };
  const [result, categories, tags] = await Promise.all([
    listProducts(ctx, filters),
    listCategoryOptions(ctx),
    listProductTags(ctx, { q: filters.q, category: filters.category, status: filters.status, stock: filters.stock }),
  ]);
  const basePath = `/dashboard/${org.slug}/products`;
  const canManage = ctx.can('catalog.manage');
  const canImport = ctx.can('catalog.import') && (await hasFeature(ctx, 'csv_import'));
  const query = productFilterParams(filters);
  const exportQuery = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const filtered = isFiltered(filters);

  const money = (minor: number, currency: string) => formatMoney(minor, currency, org.defaultLocale);
  const view = (row: ProductListRow): ProductRowView => ({
    id: row.id,
    href: `${basePath}/${row.id}`,
    name: row.name,
    sku: row.sku,
    status: row.status,
    price: money(row.price, row.currency),
    regularPrice: row.salePrice !== null ? money(row.basePrice, row.currency) : null,
    stock: canSeeStock ? { available: row.stockAvailable, state: row.stockState } : null,
    categoryName: row.categoryName,
    thumbnailUrl: row.thumbnailKey ? fileUrl(row.thumbnailKey) : null,
  });

  return (
    <>
      <PageHeader
        title="Products"
        description={`Everything you sell, with its price${canSeeStock ? ', stock' : ''} and status.`}
        actions={
          <>
            {canImport && (
              <Button asChild variant="outline">
                <Link href={`${basePath}/import`}>
                  <Upload aria-hidden="true" />
                  Import
                </Link>
              </Button>
            )}
            <Button asChild variant="outline">
              <a href={`/api/orgs/${org.slug}/products/export${exportQuery ? `?${exportQuery}` : ''}`} download>
                <Download aria-hidden="true" />
                Export CSV
              </a>
            </Button>
            {canManage && (
              <Button asChild>
                <Link href={`${basePath}/new`}>
                  <Plus aria-hidden="true" />
                  Add product
                </Link>
              </Button>
            )}
          </>
        }
      />
      {(filtered || result.total > 0) && <ProductFilters basePath={basePath} filters={filters} categories={categories} tags={tags} showStock={canSeeStock} />}
      {result.total > 0 && <ResultCount total={result.total} noun={['product', 'products']} filtered={filtered} />}
      {result.total === 0 && !filtered ? (
        <EmptyState
          icon={Package}
          title="No products yet"
          description={canImport ? 'Add products one by one, or import a CSV file with many at once.' : 'Add products one by one.'}
          action={
            canManage && (
              <Button asChild>
                <Link href={`${basePath}/new`}>
                  <Plus aria-hidden="true" />
                  Add your first product
                </Link>
              </Button>
            )
          }
        />
      ) : result.total === 0 ? (
        <EmptyState
          icon={SearchX}
          title="No products match these filters"
          description="Try other words or fewer filters."
          action={
            <Button asChild variant="outline">
              <Link href={basePath}>Clear filters</Link>
            </Button>
          }
        />
      ) : (
        <ProductsTable
          // Another page or filter starts with nothing selected.
          key={JSON.stringify({ ...query, page: result.page })}
          orgSlug={org.slug}
          rows={result.rows.map(view)}
          categories={categories}
          canManage={canManage}
          showStock={canSeeStock}
        />
      )}
      <Pagination basePath={basePath} searchParams={query} page={result.page} totalPages={result.totalPages} />
    </>
  );
}
