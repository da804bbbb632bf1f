import type { PRODUCT_STATUSES } from '@/db/schema/values';

/** How product statuses and stock states read on screen (dashboard, import report, storefront badges). */
export type ProductStatusValue = (typeof PRODUCT_STATUSES)[number];

export const PRODUCT_STATUS_LABELS: Record<ProductStatusValue, string> = {
  draft: 'Draft',
  active: 'Active',
  inactive: 'Inactive',
  out_of_stock: 'Out of stock',
  discontinued: 'Discontinued',
};

/**
 * A product's stock state, one of three (they do not overlap): out when nothing is available
 * (≤ 0), low when 0 < available ≤ its low-stock threshold, otherwise in stock.
 */
export const STOCK_STATES = ['in_stock', 'low', 'out'] as const;
export type StockState = (typeof STOCK_STATES)[number];

export const STOCK_STATE_LABELS: Record<StockState, string> = { in_stock: 'In stock', low: 'Low stock', out: 'Out of stock' };

export function stockStateOf(available: number, lowStockThreshold: number): StockState {
  if (available <= 0) return 'out';
  return available <= lowStockThreshold ? 'low' : 'in_stock';
}
