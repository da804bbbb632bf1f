import { PRODUCT_STATUSES } from '@/db/schema/values';
import { FilterBar, type FilterField } from '@/components/ui/filter-bar';
import type { CategoryOption } from '@/lib/catalog/categories/list-category-options';
import { PRODUCT_STATUS_LABELS, STOCK_STATE_LABELS, STOCK_STATES } from '@/lib/catalog/products/labels';
import { PRODUCT_SORT_LABELS, PRODUCT_SORTS, type ProductListFilters } from '@/lib/catalog/products/list-filters';

type Props = {
  basePath: string;
  filters: ProductListFilters;
  categories: CategoryOption[];
  /** The tags of the products the other filters leave; `more` when the list stopped short. */
  tags: { tags: string[]; more: boolean };
  /** Stock filter and sorts, for roles that may see inventory. */
  showStock: boolean;
};

/** Search, category, status, stock, tag and sort, all in the URL (a GET form underneath). */
export function ProductFilters({ basePath, filters, categories, tags, showStock }: Props) {
  const fields: (FilterField | null)[] = [
    { kind: 'search', name: 'q', label: 'Search products', hideLabel: true, value: filters.q, placeholder: 'Name, SKU or barcode' },
    {
      kind: 'select',
      name: 'category',
      label: 'Category',
      value: filters.category,
      allLabel: 'All categories',
      options: categories.map((c) => ({ value: c.id, label: c.path })),
    },
    {
      kind: 'select',
      name: 'status',
      label: 'Status',
      value: filters.status ?? '',
      allLabel: 'Any status',
      options: PRODUCT_STATUSES.map((s) => ({ value: s, label: PRODUCT_STATUS_LABELS[s] })),
    },
    showStock
      ? {
          kind: 'select',
          name: 'stock',
          label: 'Stock',
          value: filters.stock ?? '',
          allLabel: 'Any stock',
          options: STOCK_STATES.map((s) => ({ value: s, label: STOCK_STATE_LABELS[s] })),
        }
      : null,
    // A stale ?tag= that no product uses any more still shows as chosen.
    {
      kind: 'select',
      name: 'tag',
      label: tags.more ? `Tag (first ${tags.tags.length})` : 'Tag',
      value: filters.tag,
      allLabel: 'Any tag',
      options: [...new Set([...tags.tags, ...(filters.tag ? [filters.tag] : [])])].map((t) => ({ value: t, label: t })),
    },
    {
      kind: 'select',
      name: 'sort',
      label: 'Sort by',
      value: filters.sort === 'newest' ? '' : filters.sort,
      allLabel: PRODUCT_SORT_LABELS.newest,
      options: PRODUCT_SORTS.filter((s) => s !== 'newest' && (showStock || !s.startsWith('stock'))).map((s) => ({ value: s, label: PRODUCT_SORT_LABELS[s] })),
    },
  ];
  return (
    <div className="flex flex-col gap-1.5">
      <FilterBar basePath={basePath} fields={fields.filter((f) => f !== null)} />
      {tags.more && (
        <p className="text-sm text-muted-foreground">
          The tag list is showing the first {tags.tags.length} tags (A–Z) — refine your search or pick a category to see the others.
        </p>
      )}
    </div>
  );
}
