import type { Organization, Product, ProductVariant } from '@/db/schema';
import { formatMoney } from '@/lib/money/money';

/** A variant as the product page offers it, with its price already formatted for the store. */
export type PageVariant = {
  id: string;
  name: string;
  sku: string | null;
  optionValues: Record<string, string>;
  /** Minor units of the store's currency. */
  price: number;
  priceLabel: string;
  /** The price before the product's sale, when the variant follows the product's price. */
  compareAtLabel: string | null;
  available: number;
  inStock: boolean;
  imageId: string | null;
};

/**
 * The variant's own price, else the product's (sale) price plus the variant's adjustment;
 * `before` is the price without the product's sale, when that sale applies to this variant.
 */
export function variantPrice(
  product: Pick<Product, 'price' | 'basePrice'>,
  variant: Pick<ProductVariant, 'price' | 'priceAdjustment'>,
): { price: number; before: number | null } {
  const price = variant.price ?? product.price + variant.priceAdjustment;
  const before = variant.price === null && product.basePrice > product.price ? product.basePrice + variant.priceAdjustment : null;
  return { price, before };
}

/** A variant as the product page offers it (see variantPrice). */
export function toPageVariant(
  org: Pick<Organization, 'defaultCurrency' | 'defaultLocale'>,
  product: Pick<Product, 'price' | 'basePrice' | 'allowBackorder'>,
  variant: Pick<ProductVariant, 'id' | 'name' | 'sku' | 'optionValues' | 'price' | 'priceAdjustment' | 'imageId'>,
  available: number,
): PageVariant {
  const money = (minor: number) => formatMoney(minor, org.defaultCurrency, org.defaultLocale);
  const { price, before } = variantPrice(product, variant);
  return {
    id: variant.id,
    name: variant.name,
    sku: variant.sku,
    optionValues: variant.optionValues,
    price,
    priceLabel: money(price),
    compareAtLabel: before === null ? null : money(before),
    available,
    inStock: available > 0 || product.allowBackorder,
    imageId: variant.imageId,
  };
}
