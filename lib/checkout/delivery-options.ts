import type { DeliveryTariff, DeliveryZone } from '@/db/schema';
import { formatMoney } from '@/lib/money/money';
import { divideHalfUp } from './pricing';

/**
 * Where and how an order can be delivered: pure functions over the store's zones and tariffs
 * (loaded by the caller), so quote and placement apply the same rules.
 */

export type ZoneRule = Pick<DeliveryZone, 'id' | 'name' | 'city' | 'districts' | 'postalCodes' | 'isActive' | 'sortOrder'>;
export type TariffRule = Pick<
  DeliveryTariff,
  'id' | 'zoneId' | 'name' | 'baseCost' | 'costPerKg' | 'minOrderAmount' | 'freeDeliveryThreshold' | 'estimatedHours' | 'isActive' | 'sortOrder'
>;
export type DeliveryAddress = { city: string; district?: string | null; postalCode?: string | null };

export type DeliveryOption = {
  tariffId: string;
  name: string;
  /** What the shopper pays for this option (0 when free). */
  cost: number;
  /** The cost before the free-delivery threshold. */
  regularCost: number;
  estimatedHours: number | null;
  available: boolean;
  reason?: string;
};

const fold = (s: string | null | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** "sw1a 1aa" → "SW1A1AA": how postal codes are stored on zones and compared. */
export function normalizePostalCode(code: string | null | undefined): string {
  return (code ?? '').replace(/\s+/g, '').toUpperCase();
}

/**
 * The first active zone (by sort order) for the address's city whose districts contain its
 * district, or whose postal codes contain its postal code; a zone with neither list covers
 * the whole city.
 */
export function pickZone<Z extends ZoneRule>(zones: Z[], address: DeliveryAddress): Z | null {
  const city = fold(address.city);
  if (!city) return null;
  const district = fold(address.district);
  const postal = normalizePostalCode(address.postalCode);
  const ordered = [...zones].sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));
  return (
    ordered.find((zone) => {
      if (!zone.isActive || fold(zone.city) !== city) return false;
      if (zone.districts.length === 0 && zone.postalCodes.length === 0) return true;
      const byDistrict = district !== '' && zone.districts.some((d) => fold(d) === district);
      const byPostal = postal !== '' && zone.postalCodes.some((p) => normalizePostalCode(p) === postal);
      return byDistrict || byPostal;
    }) ?? null
  );
}

/** Grams shipped: the variant's weight, else the product's, else 0, for lines that ship. */
export function shippingWeight(lines: { weightGrams: number | null; productWeightGrams: number | null; requiresShipping: boolean; quantity: number }[]): number {
  return lines.reduce((sum, l) => (l.requiresShipping ? sum + (l.weightGrams ?? l.productWeightGrams ?? 0) * l.quantity : sum), 0);
}

/** base + cost per kg × kg, the weight part rounded half up to the minor unit. */
export function tariffCost(tariff: Pick<TariffRule, 'baseCost' | 'costPerKg'>, weightGrams: number): number {
  const byWeight = divideHalfUp(BigInt(tariff.costPerKg) * BigInt(Math.max(0, weightGrams)), 1000n);
  return tariff.baseCost + Number(byWeight);
}

/**
 * The zone's active tariffs as options. `goodsAmount` is the subtotal after the coupon's
 * discount: it unlocks a tariff's minimum order amount and its free-delivery threshold.
 */
export function deliveryOptions(
  tariffs: TariffRule[],
  zoneId: string,
  { weightGrams, goodsAmount, currency, locale }: { weightGrams: number; goodsAmount: number; currency: string; locale: string },
): DeliveryOption[] {
  return tariffs
    .filter((t) => t.zoneId === zoneId && t.isActive)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id))
    .map((t) => {
      const regularCost = tariffCost(t, weightGrams);
      const free = t.freeDeliveryThreshold !== null && goodsAmount >= t.freeDeliveryThreshold;
      const available = goodsAmount >= t.minOrderAmount;
      return {
        tariffId: t.id,
        name: t.name,
        cost: free ? 0 : regularCost,
        regularCost,
        estimatedHours: t.estimatedHours,
        available,
        ...(available ? {} : { reason: `Orders from ${formatMoney(t.minOrderAmount, currency, locale)}` }),
      };
    });
}

/** "We do not deliver to Springfield yet." — shown when no zone matches. */
export function noDeliveryMessage(address: DeliveryAddress, pickupEnabled: boolean): string {
  const city = address.city.trim();
  if (!city) return 'Enter your city to see the delivery options.';
  const place = [address.district?.trim(), city].filter(Boolean).join(', ');
  return `We do not deliver to ${place} yet. ${pickupEnabled ? 'Choose pick-up in store or another address.' : 'Try another address.'}`;
}
