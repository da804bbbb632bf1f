import type { Coupon, OrderPriceSnapshot } from '@/db/schema';
import { couponProblem, toPricingCoupon } from './coupons';
import { deliveryOptions, noDeliveryMessage, pickZone, shippingWeight, type DeliveryAddress, type DeliveryOption, type TariffRule, type ZoneRule } from './delivery-options';
import type { CatalogLine, EffectiveCheckoutSettings } from './internal';
import { couponDiscount, orderSubtotal, priceOrder } from './pricing';

/** A quote's totals: an order's snapshot, with no delivery yet when none can be chosen. */
export type QuoteSnapshot = Omit<OrderPriceSnapshot, 'delivery'> & { delivery: OrderPriceSnapshot['delivery'] | null };

export type LineProblem = { variantId: string; message: string };

export type Quote = {
  snapshot: QuoteSnapshot;
  deliveryOptions: DeliveryOption[];
  /** The tariff priced into the snapshot: the one asked for, else the first available. */
  selectedTariffId: string | null;
  zone: { id: string; name: string } | null;
  deliveryAvailable: boolean;
  /** Why delivery (or pick-up) cannot be priced, for the shopper. */
  deliveryMessage?: string;
  couponError?: string;
  lineProblems: LineProblem[];
};

export type PricedLine = CatalogLine & { quantity: number };

export type QuoteData = {
  currency: string;
  locale: string;
  settings: EffectiveCheckoutSettings;
  lines: { variantId: string; quantity: number }[];
  catalog: Map<string, CatalogLine>;
  fulfilment: 'delivery' | 'pickup';
  address: DeliveryAddress | null;
  tariffId: string | null;
  zones: ZoneRule[];
  tariffs: TariffRule[];
  /** The coupon found for the code, or why there is none. */
  coupon: Coupon | null;
  couponError?: string;
  now: Date;
};

export const NOT_AVAILABLE = 'This item is no longer available.';

/** Same variant twice → one line with the quantities added, first position kept. */
export function mergeLines<L extends { variantId: string; quantity: number }>(lines: L[]): L[] {
  const byId = new Map<string, L>();
  for (const l of lines) {
    const seen = byId.get(l.variantId);
    byId.set(l.variantId, seen ? { ...seen, quantity: seen.quantity + l.quantity } : l);
  }
  return [...byId.values()];
}

/** Quantity limits and stock of one line; stock only when it was loaded (quotes). */
export function lineProblem(line: CatalogLine, quantity: number): string | null {
  if (line.unitPrice < 0) return NOT_AVAILABLE;
  if (quantity < line.minOrderQuantity) return `Order at least ${line.minOrderQuantity} of ${line.label}.`;
  if (line.maxOrderQuantity !== null && quantity > line.maxOrderQuantity) return `You can order at most ${line.maxOrderQuantity} of ${line.label}.`;
  if (line.available !== null && !line.allowBackorder && quantity > line.available) {
    return line.available > 0 ? `Only ${line.available} of ${line.label} left in stock.` : `${line.label} is out of stock.`;
  }
  return null;
}

/**
 * Everything the checkout shows, from data already loaded: the same function prices a quote
 * and an order being placed, so the shopper is charged exactly what they reviewed.
 */
export function computeQuote(data: QuoteData): { quote: Quote; pricedLines: PricedLine[]; tariff: DeliveryOption | null } {
  const lineProblems: LineProblem[] = [];
  const pricedLines: PricedLine[] = [];
  for (const { variantId, quantity } of data.lines) {
    const line = data.catalog.get(variantId);
    if (!line) {
      lineProblems.push({ variantId, message: NOT_AVAILABLE });
      continue;
    }
    const problem = lineProblem(line, quantity);
    if (problem) lineProblems.push({ variantId, message: problem });
    if (line.unitPrice >= 0) pricedLines.push({ ...line, quantity });
  }

  const subtotal = orderSubtotal(pricedLines);
  let couponError = data.couponError;
  let coupon = data.coupon;
  if (coupon) {
    const problem = couponProblem(coupon, { subtotal, currency: data.currency, locale: data.locale, now: data.now });
    if (problem) [coupon, couponError] = [null, problem];
  }
  const pricingCoupon = coupon ? toPricingCoupon(coupon) : null;
  const goodsAmount = subtotal - couponDiscount(subtotal, pricingCoupon);

  let zone: ZoneRule | null = null;
  let options: DeliveryOption[] = [];
  let tariff: DeliveryOption | null = null;
  let deliveryMessage: string | undefined;
  const weightGrams = shippingWeight(pricedLines);
  if (data.fulfilment === 'pickup') {
    if (!data.settings.pickupEnabled) deliveryMessage = 'This store does not offer pick-up. Choose delivery.';
  } else if (!data.address?.city.trim()) {
    deliveryMessage = 'Enter your address to see the delivery options.';
  } else {
    zone = pickZone(data.zones, data.address);
    if (!zone) deliveryMessage = noDeliveryMessage(data.address, data.settings.pickupEnabled);
    else {
      options = deliveryOptions(data.tariffs, zone.id, { weightGrams, goodsAmount, currency: data.currency, locale: data.locale });
      tariff = data.tariffId ? (options.find((o) => o.tariffId === data.tariffId) ?? null) : (options.find((o) => o.available) ?? null);
      if (data.tariffId && !tariff) deliveryMessage = 'That delivery option is no longer offered. Choose another one.';
      else if (tariff && !tariff.available) [deliveryMessage, tariff] = [`${tariff.name}: ${tariff.reason}.`, null];
      else if (!tariff) deliveryMessage = options.length ? 'No delivery option fits this order yet.' : noDeliveryMessage(data.address, data.settings.pickupEnabled);
    }
  }

  const delivery: OrderPriceSnapshot['delivery'] | null =
    data.fulfilment === 'pickup'
      ? data.settings.pickupEnabled
        ? { method: 'pickup', cost: 0 }
        : null
      : zone && tariff
        ? { method: 'delivery', zoneId: zone.id, zoneName: zone.name, tariffId: tariff.tariffId, tariffName: tariff.name, cost: tariff.cost, estimatedHours: tariff.estimatedHours, weightGrams }
        : null;
  const priced = priceOrder({
    currency: data.currency,
    pricesIncludeTax: data.settings.pricesIncludeTax,
    lines: pricedLines.map((l) => ({ productId: l.productId, variantId: l.variantId, name: l.name, variantName: l.variantName, sku: l.sku, quantity: l.quantity, unitPrice: l.unitPrice, taxRateBps: l.taxRateBps })),
    coupon: pricingCoupon,
    delivery: delivery ?? { method: 'pickup', cost: 0 },
  });
  const snapshot: QuoteSnapshot = { ...priced, delivery: delivery ? priced.delivery : null };

  return {
    quote: {
      snapshot,
      deliveryOptions: options,
      selectedTariffId: tariff?.tariffId ?? null,
      zone: zone ? { id: zone.id, name: zone.name } : null,
      deliveryAvailable: delivery !== null,
      ...(deliveryMessage ? { deliveryMessage } : {}),
      ...(couponError ? { couponError } : {}),
      lineProblems,
    },
    pricedLines,
    tariff,
  };
}
