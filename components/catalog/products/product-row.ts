import type { ProductStatusValue, StockState } from '@/lib/catalog/products/labels';

/** One row of the products table, formatted on the server (money in the store's locale). */
export type ProductRowView = {
  id: string;
  href: string;
  name: string;
  sku: string | null;
  status: ProductStatusValue;
  price: string;
  /** The base price, struck through, when a sale price applies. */
  regularPrice: string | null;
  /** null for roles without inventory.view. */
  stock: { available: number; state: StockState } | null;
  categoryName: string | null;
  thumbnailUrl: string | null;
};
