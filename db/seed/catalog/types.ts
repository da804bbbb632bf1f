import type { WarehouseAddress } from '../../schema';

/** The shape of one demo organization's catalog (data in the files beside this one). */
export type CategorySpec = [slug: string, name: string, children?: CategorySpec[]];
export type WarehouseSpec = { name: string; code: string; address: WarehouseAddress; contactPerson: string; phone: string };
export type ProductSpec = {
  name: string;
  cat: string;
  brand: string;
  /** Major units of the org's currency ("49.99"); converted to minor units exactly. */
  price: number;
  sale?: number;
  grams: number;
  short: string;
  tags: string[];
  specs: Record<string, string>;
  options?: Record<string, string[]>;
  /** Price adjustment (major units) for variants with this option value. */
  adjust?: Record<string, number>;
  featured?: boolean;
  status?: 'draft' | 'inactive';
  /** At or under its reorder level, so the low-stock page has something to show. */
  low?: boolean;
  digital?: boolean;
  tax?: number;
  together?: string[];
};
export type DemoCatalog = { sku: string; taxRateBps: number; categories: CategorySpec[]; warehouses: [WarehouseSpec, WarehouseSpec]; products: ProductSpec[] };
