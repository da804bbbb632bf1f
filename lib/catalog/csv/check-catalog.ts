import type { RowError } from './format';
import type { ImportProduct } from './group-products';
import type { Catalog, loadSkuOwners } from './load-catalog';

type SkuOwners = Awaited<ReturnType<typeof loadSkuOwners>>;

/**
 * Checks that need the organization's data: categories exist, a new product has a name and a
 * price, prices and order limits still make sense with the values the file leaves unchanged,
 * and SKUs are not used by another product of this organization.
 */
export function checkCatalog(items: ImportProduct[], catalog: Catalog, owners: SkuOwners, hasOptionColumns: boolean) {
  const errors: RowError[] = [];
  const badSlugs = new Set<string>();
  const fail = (p: ImportProduct, row: number, column: string | null, message: string) => {
    errors.push({ row, column, message });
    badSlugs.add(p.slug);
  };

  for (const p of items) {
    const f = p.fields;
    const existing = catalog.existing.get(p.slug);
    if (f.category && !catalog.categoryIds.has(f.category)) fail(p, p.firstRow, 'category', `No category has the slug “${f.category}”.`);
    if (!existing) {
      if (!f.name) fail(p, p.firstRow, 'name', 'Enter a name: this creates a new product.');
      if (f.base_price == null) fail(p, p.firstRow, 'base_price', 'Enter a base price: this creates a new product.');
    } else {
      if (f.name === null) fail(p, p.firstRow, 'name', 'Enter a name.');
      if (f.base_price === null) fail(p, p.firstRow, 'base_price', 'Enter a base price.');
      const base = f.base_price ?? existing.basePrice;
      const sale = f.sale_price === undefined ? existing.salePrice : f.sale_price;
      if (sale != null && sale > base) fail(p, p.firstRow, 'sale_price', 'The sale price cannot be above the base price.');
      const min = f.min_order_quantity ?? existing.minOrderQuantity;
      const max = f.max_order_quantity === undefined ? existing.maxOrderQuantity : f.max_order_quantity;
      if (max != null && max < min) fail(p, p.firstRow, 'max_order_quantity', 'Must be at least the minimum order quantity.');
      if (!hasOptionColumns && existing.options.length > 0) {
        fail(p, p.firstRow, null, `This product has options (${existing.options.map((o) => o.name).join(', ')}); include the option columns so its variants can be matched.`);
      }
    }

    const skuOwner = f.sku ? owners.product.get(f.sku) : undefined;
    if (skuOwner && skuOwner !== p.slug) fail(p, p.firstRow, 'sku', `Product SKU ${f.sku} is already used by product “${skuOwner}”.`);
    for (const v of p.variants) {
      const sku = v.variant.sku;
      if (!sku || !owners.variant.has(sku)) continue;
      const owner = owners.variant.get(sku);
      if (owner === p.slug) continue;
      fail(p, v.row, 'variant_sku', owner ? `Variant SKU ${sku} is already used by product “${owner}”.` : `Variant SKU ${sku} is still held by a deleted product.`);
    }
  }
  return { errors, badSlugs };
}
