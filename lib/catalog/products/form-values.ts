import { toDecimalString } from '@/lib/money/money';
import type { Product } from '@/db/schema/catalog/products';
import type { ProductFormValues } from './form-schema';
import { toScaledString, UNIT_DECIMALS } from './units';

/** A new product's editor, before anything is typed. */
export function newProductFormValues(): ProductFormValues {
  return {
    name: '',
    slug: '',
    sku: '',
    barcode: '',
    brand: '',
    shortDescription: '',
    description: '',
    basePrice: '',
    salePrice: '',
    costPrice: '',
    taxRateBps: '0',
    weightGrams: '',
    lengthMm: '',
    widthMm: '',
    heightMm: '',
    status: 'draft',
    isFeatured: false,
    isDigital: false,
    requiresShipping: true,
    allowBackorder: false,
    minOrderQuantity: '1',
    maxOrderQuantity: '',
    lowStockThreshold: '10',
    categoryId: '',
    tags: [],
    keywords: [],
    attributes: [],
    metaTitle: '',
    metaDescription: '',
    relatedProductIds: [],
  };
}

type Editable = Pick<Product, Exclude<keyof ProductFormValues, 'attributes' | 'relatedProductIds'> | 'currency'>;

const scaled = (value: number | null, decimals: number) => (value === null ? '' : toScaledString(value, decimals));
const money = (value: number | null, currency: string) => (value === null ? '' : toDecimalString(value, currency));

/** An existing product as the editor shows it: integers back to the decimals people type. */
export function productFormValues(product: Editable, attributes: { name: string; value: string }[], relatedProductIds: string[]): ProductFormValues {
  const c = product.currency;
  return {
    name: product.name,
    slug: product.slug,
    sku: product.sku ?? '',
    barcode: product.barcode ?? '',
    brand: product.brand ?? '',
    shortDescription: product.shortDescription ?? '',
    description: product.description ?? '',
    basePrice: money(product.basePrice, c),
    salePrice: money(product.salePrice, c),
    costPrice: money(product.costPrice, c),
    taxRateBps: scaled(product.taxRateBps, UNIT_DECIMALS.taxPercent),
    weightGrams: scaled(product.weightGrams, UNIT_DECIMALS.weightKg),
    lengthMm: scaled(product.lengthMm, UNIT_DECIMALS.lengthCm),
    widthMm: scaled(product.widthMm, UNIT_DECIMALS.lengthCm),
    heightMm: scaled(product.heightMm, UNIT_DECIMALS.lengthCm),
    status: product.status,
    isFeatured: product.isFeatured,
    isDigital: product.isDigital,
    requiresShipping: product.requiresShipping,
    allowBackorder: product.allowBackorder,
    minOrderQuantity: String(product.minOrderQuantity),
    maxOrderQuantity: product.maxOrderQuantity === null ? '' : String(product.maxOrderQuantity),
    lowStockThreshold: String(product.lowStockThreshold),
    categoryId: product.categoryId ?? '',
    tags: product.tags,
    keywords: product.keywords,
    attributes: attributes.map(({ name, value }) => ({ name, value })),
    metaTitle: product.metaTitle ?? '',
    metaDescription: product.metaDescription ?? '',
    relatedProductIds,
  };
}
