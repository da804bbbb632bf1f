/** What the variants page hands its client components (plain, serialisable values). */
export type VariantView = {
  id: string;
  name: string;
  sku: string | null;
  barcode: string | null;
  optionValues: Record<string, string>;
  price: number | null;
  priceAdjustment: number;
  effectivePrice: number;
  imageId: string | null;
  isActive: boolean;
  isDefault: boolean;
  /** null when the member may not see inventory. */
  stock: { warehouseId: string; warehouseName: string; quantity: number; reserved: number; available: number }[] | null;
  totalAvailable: number | null;
};

/** `locale` is the store's default locale, so money reads as it does everywhere else in the dashboard. */
export type ProductPricing = { id: string; currency: string; price: number; locale: string };

export type ImageChoice = { id: string; thumbnailUrl: string; altText: string | null };

