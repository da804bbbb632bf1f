import 'server-only';
import { and, asc, count, countDistinct, eq } from 'drizzle-orm';
import { categories, productAttributes, products } from '@/db/schema';
import type { StorefrontContext } from '@/lib/server/context';
import { pageWindow, paged, type Paged } from '@/lib/server/list-query';
import { fileUrl } from '@/lib/storage';
import type { CategoryFilters } from './category-filters';
import { attributeConditions, categoryProductsWhere, SORT_ORDER } from './category-product-filter';
import { ancestorsVisible, categoryTrail, categoryWithDescendants, type Crumb } from './category-tree';
import { loadProductCards, type ProductCard } from './product-cards';
import { visibleCategories } from './visible';

export const CATEGORY_PAGE_SIZE = 24;
const MAX_FACET_ROWS = 500;
const MAX_FACETS = 8;
const MAX_FACET_VALUES = 12;

export type AttributeFacet = { name: string; values: { value: string; count: number; selected: boolean }[] };
export type CategoryListing = {
  category: {
    id: string;
    name: string;
    slug: string;
    description: string | null;
    metaTitle: string | null;
    metaDescription: string | null;
    imageUrl: string | null;
  };
  /** Root first, this category last. */
  breadcrumbs: Crumb[];
  subcategories: Crumb[];
  products: Paged<ProductCard>;
  facets: AttributeFacet[];
};

/**
 * A category page: the category by slug (null when it is not visible in this store), its
 * products and those of every visible subcategory, filtered, sorted and paged, and the
 * attribute values shoppers can filter by, with how many products have each.
 */
export async function listCategoryProducts(
  ctx: StorefrontContext,
  input: { slug: string; filters: CategoryFilters },
): Promise<CategoryListing | null> {
  const orgId = ctx.org.id;
  const { filters } = input;
  return ctx.tx(async (tx) => {
    const [category] = await tx
      .select()
      .from(categories)
      .where(and(visibleCategories(orgId), eq(categories.slug, input.slug), ancestorsVisible(orgId)))
      .limit(1);
    if (!category) return null;
    const categoryIds = await categoryWithDescendants(tx, orgId, category.id);
    const base = categoryProductsWhere(tx, orgId, categoryIds, filters);
    const where = and(base, ...attributeConditions(tx, orgId, filters.attributes));

    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(products).where(where);
    const { page, offset } = pageWindow(total, filters.page, CATEGORY_PAGE_SIZE);
    const ids = await tx
      .select({ id: products.id })
      .from(products)
      .where(where)
      .orderBy(...SORT_ORDER[filters.sort])
      .limit(CATEGORY_PAGE_SIZE)
      .offset(offset);

    const facetRows = await tx
      .select({ name: productAttributes.name, value: productAttributes.value, count: countDistinct(productAttributes.productId) })
      .from(productAttributes)
      .innerJoin(products, and(eq(products.organizationId, productAttributes.organizationId), eq(products.id, productAttributes.productId)))
      .where(and(eq(productAttributes.organizationId, orgId), base))
      .groupBy(productAttributes.name, productAttributes.value)
      .orderBy(asc(productAttributes.name), asc(productAttributes.value))
      .limit(MAX_FACET_ROWS);

    const subcategories = await tx
      .select({ name: categories.name, slug: categories.slug })
      .from(categories)
      .where(and(visibleCategories(orgId), eq(categories.parentId, category.id)))
      .orderBy(asc(categories.sortOrder), asc(categories.name));

    return {
      category: {
        id: category.id,
        name: category.name,
        slug: category.slug,
        description: category.description,
        metaTitle: category.metaTitle,
        metaDescription: category.metaDescription,
        imageUrl: category.imageKey ? fileUrl(category.imageKey) : null,
      },
      breadcrumbs: await categoryTrail(tx, orgId, category.id),
      subcategories,
      products: paged(
        await loadProductCards(
          tx,
          ctx.org,
          ids.map((r) => r.id),
        ),
        total,
        page,
        CATEGORY_PAGE_SIZE,
      ),
      facets: groupFacets(facetRows, filters.attributes),
    };
  });
}

/**
 * Facets worth showing: names shared by at least two products (a spec unique to one product
 * filters nothing), the most common first, each with its most common values; a chosen value
 * stays listed even when it no longer matches anything, so it can be unticked.
 */
function groupFacets(rows: { name: string; value: string; count: number }[], selected: CategoryFilters['attributes']): AttributeFacet[] {
  const facets = new Map<string, AttributeFacet & { products: number }>();
  const isSelected = (name: string, value: string) => selected.some((s) => s.name === name && s.value === value);
  const facetOf = (name: string) => facets.get(name) ?? facets.set(name, { name, values: [], products: 0 }).get(name)!;
  for (const r of rows) {
    const facet = facetOf(r.name);
    facet.values.push({ value: r.value, count: r.count, selected: isSelected(r.name, r.value) });
    facet.products += r.count;
  }
  for (const s of selected) {
    const facet = facetOf(s.name);
    if (!facet.values.some((v) => v.value === s.value)) facet.values.push({ value: s.value, count: 0, selected: true });
  }
  const chosen = (f: AttributeFacet) => f.values.some((v) => v.selected);
  return [...facets.values()]
    .filter((f) => f.products >= 2 || chosen(f))
    .sort((a, b) => Number(chosen(b)) - Number(chosen(a)) || b.products - a.products || a.name.localeCompare(b.name))
    .slice(0, MAX_FACETS)
    .map(({ name, values }) => {
      const common = new Set([...values].sort((x, y) => y.count - x.count).slice(0, MAX_FACET_VALUES));
      return { name, values: values.filter((v) => v.selected || common.has(v)).sort((x, y) => x.value.localeCompare(y.value)) };
    });
}
