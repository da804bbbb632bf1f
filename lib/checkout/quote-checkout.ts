import 'server-only';
import type { StorefrontContext } from '@/lib/server/context';
import { computeQuote, mergeLines, type Quote } from './compute-quote';
import { evaluateCoupon } from './coupons';
import { loadCatalogLines, loadCheckoutSettings, loadDeliveryRules } from './internal';
import { orderSubtotal } from './pricing';
import { QuoteInput } from './schemas';

export type { Quote, QuoteSnapshot, LineProblem } from './compute-quote';
export type { DeliveryOption } from './delivery-options';

/**
 * What the checkout shows for these lines, address, delivery option and code: the totals, the
 * delivery options of the address's zone, and every problem in words a shopper understands.
 * Read-only; placeOrder prices again inside its transaction and never trusts these numbers.
 */
export async function quoteCheckout(ctx: StorefrontContext, rawInput: QuoteInput): Promise<Quote> {
  const input = QuoteInput.parse(rawInput);
  const orgId = ctx.org.id;
  const lines = mergeLines(input.lines);
  const now = new Date();
  return ctx.tx(async (tx) => {
    // One transaction, the independent reads pipelined on its connection.
    const [loaded, catalog, rules] = await Promise.all([
      loadCheckoutSettings(tx, orgId),
      loadCatalogLines(tx, orgId, lines.map((l) => l.variantId), { withStock: true }),
      input.fulfilment === 'delivery' && input.address?.city ? loadDeliveryRules(tx, orgId) : { zones: [], tariffs: [] },
    ]);
    let coupon = null;
    let couponError: string | undefined;
    if (input.couponCode) {
      const subtotal = orderSubtotal(lines.flatMap((l) => {
        const line = catalog.get(l.variantId);
        return line && line.unitPrice >= 0 ? [{ unitPrice: line.unitPrice, quantity: l.quantity }] : [];
      }));
      const check = await evaluateCoupon(tx, orgId, {
        code: input.couponCode,
        subtotal,
        currency: ctx.org.defaultCurrency,
        locale: ctx.org.defaultLocale,
        shopper: { customerId: input.customerId, email: input.email },
        now,
      });
      if (check.coupon) coupon = check.coupon;
      else couponError = check.error;
    }
    return computeQuote({
      currency: ctx.org.defaultCurrency,
      locale: ctx.org.defaultLocale,
      settings: loaded.settings,
      lines,
      catalog,
      fulfilment: input.fulfilment,
      address: input.address,
      tariffId: input.tariffId,
      zones: rules.zones,
      tariffs: rules.tariffs,
      coupon,
      couponError,
      now,
    }).quote;
  });
}
