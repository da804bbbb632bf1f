import type { ProductPage } from './get-product-page';

/** The specifications table: the merchant's attributes, then weight and size when known. */
export function productSpecs(page: Pick<ProductPage, 'product' | 'attributes'>, locale: string): { label: string; value: string }[] {
  const { product } = page;
  const number = (n: number, unit: string, digits = 0) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: digits }).format(n);
  const rows = page.attributes.map((a) => ({ label: a.name, value: a.value }));
  if (product.brand && !rows.some((r) => r.label.toLowerCase() === 'brand')) rows.push({ label: 'Brand', value: product.brand });
  if (product.weightGrams) {
    rows.push({
      label: 'Weight',
      value: product.weightGrams >= 1000 ? number(product.weightGrams / 1000, 'kilogram', 2) : number(product.weightGrams, 'gram'),
    });
  }
  const { lengthMm: l, widthMm: w, heightMm: h } = product;
  if (l && w && h)
    rows.push({ label: 'Dimensions (L × W × H)', value: `${[l, w, h].map((mm) => number(mm / 10, 'centimeter', 1)).join(' × ')}` });
  if (product.sku) rows.push({ label: 'SKU', value: product.sku });
  return rows;
}
