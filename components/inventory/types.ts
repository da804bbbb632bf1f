/** What the stock dialogs need to know, passed from server components. */
export type WarehouseOption = { id: string; name: string; isActive: boolean };

export type StockFigures = { quantity: number; reserved: number; available: number; reorderLevel: number; maxLevel: number | null };

/** One variant and its stock in the warehouses the page knows about (missing = none there yet). */
export type StockTarget = {
  variantId: string;
  /** "Tee · M", shown in dialog titles. */
  label: string;
  allowBackorder: boolean;
  stock: Record<string, StockFigures | undefined>;
};

export const NO_STOCK: StockFigures = { quantity: 0, reserved: 0, available: 0, reorderLevel: 0, maxLevel: null };
