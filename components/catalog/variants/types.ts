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

export type ProductPricing = { id: string; currency: string; price: number };

export type ImageChoice = { id: string; thumbnailUrl: string; altText: string | null };

/** Zod issues as `path.joined` → messages, the shape server field errors come in. */
export function issuesByPath(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.path.map(String).join('.') || '_form'] ??= []).push(issue.message);
  return out;
}
