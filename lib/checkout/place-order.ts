import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders, type Order, type OrderPriceSnapshot } from '@/db/schema';
import { sha256 } from '@/lib/crypto/hash';
import { newId, randomToken } from '@/lib/ids';
import { lockProductsForStock } from '@/lib/inventory/reservations/lock-products';
import { assertOrderAllowance } from '@/lib/plans/order-allowance';
import { reserveStock } from '@/lib/inventory/reservations/reserve-stock';
import type { StorefrontContext } from '@/lib/server/context';
import { AppError, conflict, invalid } from '@/lib/server/errors';
import { fieldErrorsOf } from '@/lib/server/field-errors';
import { computeQuote, mergeLines, NOT_AVAILABLE, type PricedLine, type Quote } from './compute-quote';
import { findCouponByCode, normalizeCouponCode, redeemCoupon } from './coupons';
import { paymentMethodsOf } from './get-checkout-options';
import { catalogLinesReader, loadCheckoutSettings, loadDeliveryRules, type CatalogLine, type LoadedSettings } from './internal';
import { itemValues, orderTotals, orderValues } from './order-rows';
import { generateOrderNumber, insertOrderWithNumber, readOrder, sendOrderInsert, tryInsertOrder } from './order-number';
import { findOrCreateCheckoutCustomer } from './checkout-customer';
import { PlaceOrderInput, type ParsedPlaceOrderInput } from './schemas';
import { insertOrderRows } from './placement-writes';
import { prepared } from './prepared';

export type CheckoutShopper = { userId: string | null; customerId: string | null };
export type PlaceOrderOptions = {
  /** More writes in the same transaction once the order is in (e.g. emptying the cart); a throw undoes the order. */
  onPlaced?: (tx: Tx, order: Order) => Promise<unknown>;
};

const PAYMENT_LABELS = { card: 'Card payment', cod: 'Cash on delivery', bank_transfer: 'Bank transfer' } as const;

function refuseWhatIsOff(loaded: LoadedSettings, input: ParsedPlaceOrderInput) {
  if (!paymentMethodsOf(loaded).includes(input.paymentMethod)) {
    const message = `${PAYMENT_LABELS[input.paymentMethod]} is not available in this store. Choose another payment method.`;
    throw invalid(message, { paymentMethod: [message] });
  }
  if (input.fulfilment === 'pickup' && !loaded.settings.pickupEnabled) {
    throw invalid('This store does not offer pick-up. Choose delivery.', { fulfilment: ['Pick-up is not available.'] });
  }
}

/** A quote that cannot become this order: the first reason, in the shopper's words, on the field it concerns. */
function refuseUnplaceable(quote: Quote, input: ParsedPlaceOrderInput) {
  const gone = quote.lineProblems.filter((p) => p.message === NOT_AVAILABLE);
  if (gone.length > 0) {
    throw new AppError('NOT_FOUND', 'An item in your cart is no longer available. Remove it to continue.', Object.fromEntries(gone.map((p) => [`lines.${p.variantId}`, [p.message]])));
  }
  if (quote.lineProblems.length > 0) {
    throw invalid(quote.lineProblems[0]!.message, Object.fromEntries(quote.lineProblems.map((p) => [`lines.${p.variantId}`, [p.message]])));
  }
  if (quote.couponError) throw conflict(`${quote.couponError} Remove it to place your order.`, { couponCode: [quote.couponError] });
  if (!quote.snapshot.delivery) {
    const message = quote.deliveryMessage ?? 'Choose how to receive your order.';
    throw conflict(message, { [input.fulfilment === 'delivery' ? (quote.zone ? 'tariffId' : 'shippingAddress.city') : 'fulfilment']: [message] });
  }
  if (quote.snapshot.total !== input.expectedTotal) {
    throw conflict('Prices changed since you reviewed your order. Please review the new total and place the order again.', {
      expectedTotal: ['The total changed.'],
    });
  }
}

/** Waits for every query, then fails with the first error: nothing runs after the transaction ends. */
async function settled<T extends readonly unknown[]>(work: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(work);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

async function settleAll(work: (Promise<unknown> | null)[]) {
  await settled(work);
}

/**
 * Places an order in ONE transaction, keeping the time under the product locks short:
 * 1. reads that decide nothing about stock (settings, zones, coupon, customer, lines), pipelined
 *    on the connection; the order is priced and refused early if it cannot be placed;
 * 2. one round trip, statements running in issue order on the connection: the order row under a
 *    fresh number (a new row nobody else can wait on), the lines' products locked (product-id
 *    order), then items, history, payment and customer counter (one statement) and the stock
 *    reservations (one statement), written only if under the lock the order row is there and
 *    the lines still hash as read in step 1 (so the price is the one computed from them);
 *    then the commit: one round trip and one event-loop turn under the lock;
 * 3. otherwise (a catalog edit between read and lock, a taken order number, or a coupon, whose
 *    use is redeemed under the lock) the careful path: the lines re-read under the lock, the
 *    order priced again by the same computeQuote and refused if the total is not the one the
 *    shopper saw, then the writes issued together. Any failure rolls everything back.
 */
export async function placeOrder(
  ctx: StorefrontContext,
  rawInput: PlaceOrderInput,
  shopper: CheckoutShopper,
  options: PlaceOrderOptions = {},
): Promise<{ order: Order; accessToken: string }> {
  const parsed = PlaceOrderInput.safeParse(rawInput);
  if (!parsed.success) throw invalid('Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const orgId = ctx.org.id;
  const currency = ctx.org.defaultCurrency;
  const lines = mergeLines(input.lines);
  const variantIds = lines.map((l) => l.variantId);
  const email = input.contact.email;
  const accessToken = randomToken(32);
  const now = new Date();

  return ctx.tx(async (tx) => {
    const readLines = catalogLinesReader(tx, orgId, variantIds, { withStock: false });
    const [loaded, before, rules, coupon, customer] = await Promise.all([
      loadCheckoutSettings(tx, orgId),
      readLines(),
      input.fulfilment === 'delivery' ? loadDeliveryRules(tx, orgId) : { zones: [], tariffs: [] },
      input.couponCode ? findCouponByCode(tx, orgId, input.couponCode) : null,
      findOrCreateCheckoutCustomer(tx, orgId, { shopper, email, name: input.contact.name, phone: input.contact.phone, currency, now }),
    ]);
    refuseWhatIsOff(loaded, input);
    if (input.couponCode && !coupon) {
      const message = `The code ${normalizeCouponCode(input.couponCode)} was not found.`;
      throw conflict(`${message} Remove it to place your order.`, { couponCode: [message] });
    }
    const priceWith = (catalog: Map<string, CatalogLine>) =>
      computeQuote({
        currency,
        locale: ctx.org.defaultLocale,
        settings: loaded.settings,
        lines,
        catalog,
        fulfilment: input.fulfilment,
        address: input.shippingAddress,
        tariffId: input.tariffId,
        zones: rules.zones,
        tariffs: rules.tariffs,
        coupon: coupon ?? null,
        now,
      });
    const first = priceWith(before);
    refuseUnplaceable(first.quote, input);
    // A plan with a monthly order limit: queue on the store's lock and count (unlimited plans skip both).
    await assertOrderAllowance(tx, ctx.org, now);

    const firstSnapshot = first.quote.snapshot as OrderPriceSnapshot;
    const values = {
      id: newId('ord'),
      ...orderValues(orgId, input, firstSnapshot, {
        customerId: customer.id,
        accessTokenHash: sha256(accessToken),
        paymentDueAt: input.paymentMethod === 'card' ? new Date(now.getTime() + loaded.settings.cardPaymentTimeoutMinutes * 60_000) : null,
        placedByUserId: shopper.userId,
        // One clock for the order, its payment deadline and the customer's last order.
        createdAt: now,
        updatedAt: now,
      }),
    };
    const productIds = [...before.values()].map((l) => l.productId);
    const rowsOf = (snapshot: OrderPriceSnapshot) => ({
      orgId,
      orderId: values.id,
      userId: shopper.userId,
      customerId: customer.id,
      amount: snapshot.total,
      currency,
      method: input.paymentMethod,
      countOrder: !customer.created,
      now,
    });
    const reservationsOf = (items: ReturnType<typeof itemValues>, pricedLines: PricedLine[]) =>
      items.map((item, i) => ({ orderItemId: item.id, productId: item.productId, variantId: item.variantId, quantity: item.quantity, allowBackorder: pricedLines[i]!.allowBackorder, label: pricedLines[i]!.label }));

    let placed: Order | undefined;
    if (!firstSnapshot.coupon) {
      // One round trip, each statement running after the one before on this connection: the
      // order row under a fresh number (a new row nobody else waits on), the lock, then every
      // write as priced from the lines read before the lock — written only if, under the lock,
      // the order row is there and the lines still hash the same. Else (a catalog edit, a taken
      // number: rare) nothing was written but the order row, and the careful path below runs.
      const items = itemValues(orgId, values.id, first.pricedLines, firstSnapshot);
      const versions = first.pricedLines.map((l) => ({ variantId: l.variantId, version: before.get(l.variantId)!.version! }));
      const [inserted, locked, written, reserved, read] = await Promise.allSettled([
        sendOrderInsert(tx, values, generateOrderNumber()),
        lockProductsForStock(tx, orgId, productIds),
        insertOrderRows(tx, items, rowsOf(firstSnapshot), versions),
        reserveStock(tx, orgId, values.id, reservationsOf(items, first.pricedLines)),
        readOrder(tx, orgId, values.id),
      ]);
      for (const r of [inserted, locked, written, read]) if (r.status === 'rejected') throw r.reason;
      if (written.status === 'fulfilled' && written.value && read.status === 'fulfilled' && read.value) {
        if (reserved.status === 'rejected') throw reserved.reason;
        if (options.onPlaced) await options.onPlaced(tx, read.value);
        return { order: read.value, accessToken };
      }
      placed = read.status === 'fulfilled' ? read.value : undefined;
    } else {
      [placed] = await settled([tryInsertOrder(tx, values, generateOrderNumber()), lockProductsForStock(tx, orgId, productIds)] as const);
    }

    // The careful path (and every order with a coupon): the lines as they are under the lock,
    // priced again; the order's totals follow if they moved, and the total must still be the
    // one the shopper saw.
    let order = placed ?? (await insertOrderWithNumber(tx, values));
    const catalog = await readLines();
    const { quote, pricedLines } = priceWith(catalog);
    refuseUnplaceable(quote, input);
    const snapshot = quote.snapshot as OrderPriceSnapshot;
    const repriced = !isDeepStrictEqual(snapshot, firstSnapshot);
    const items = itemValues(orgId, order.id, pricedLines, snapshot);

    await settleAll([
      repriced
        ? prepared(tx.update(orders).set(orderTotals(snapshot)).where(and(eq(orders.organizationId, orgId), eq(orders.id, order.id))).returning()).then(([row]) => {
            order = row!;
          })
        : null,
      insertOrderRows(tx, items, rowsOf(snapshot)),
      reserveStock(tx, orgId, order.id, reservationsOf(items, pricedLines)),
      snapshot.coupon
        ? redeemCoupon(tx, orgId, { couponId: snapshot.coupon.id, orderId: order.id, shopper: { customerId: customer.id, email }, discountAmount: snapshot.discount, currency, now }).then((current) => {
            if (current.type !== coupon!.type || current.value !== coupon!.value || current.maxDiscountAmount !== coupon!.maxDiscountAmount) {
              throw conflict('The code’s discount changed since you reviewed your order. Please review the new total and place the order again.', { couponCode: ['The discount changed.'] });
            }
          })
        : null,
    ]);
    if (options.onPlaced) await options.onPlaced(tx, order);
    return { order, accessToken };
  });
}
