import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customers, orderItems, orders, orderStatusHistory, payments, type Order, type OrderPriceSnapshot } from '@/db/schema';
import { sha256 } from '@/lib/crypto/hash';
import { randomToken } from '@/lib/ids';
import { lockProductsForStock } from '@/lib/inventory/reservations/lock-products';
import { reserveStock } from '@/lib/inventory/reservations/reserve-stock';
import type { StorefrontContext } from '@/lib/server/context';
import { AppError, conflict, invalid } from '@/lib/server/errors';
import { fieldErrorsOf } from '@/lib/server/field-errors';
import { computeQuote, mergeLines, NOT_AVAILABLE, type Quote } from './compute-quote';
import { findCouponByCode, normalizeCouponCode, redeemCoupon } from './coupons';
import { paymentMethodsOf } from './get-checkout-options';
import { catalogLinesReader, loadCheckoutSettings, loadDeliveryRules, type CatalogLine, type LoadedSettings } from './internal';
import { itemValues, orderTotals, orderValues } from './order-rows';
import { insertOrderWithNumber } from './order-number';
import { findOrCreateCheckoutCustomer } from './checkout-customer';
import { PlaceOrderInput, type ParsedPlaceOrderInput } from './schemas';
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

/** Waits for every write, then fails with the first error: nothing runs after the transaction ends. */
async function settleAll(work: (Promise<unknown> | null)[]) {
  const results = await Promise.allSettled(work);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Places an order in ONE transaction, keeping the time under the product locks short:
 * 1. reads that decide nothing about stock (settings, zones, coupon, customer, lines), pipelined
 *    on the connection; the order is priced and refused early if it cannot be placed;
 * 2. the order row under a fresh number: a new row nobody else can wait on, so it goes before
 *    the locks, with the number's retry outside them;
 * 3. the lines' products locked (product-id order) and the lines re-read under the lock; the
 *    order priced again by the same computeQuote the checkout showed, and refused if the total
 *    is not the one the shopper saw;
 * 4. items, stock reservations, coupon use, history, payment and customer counters, issued
 *    together: one connection runs them in issue order (items before the reservations that
 *    reference them), and any failure rolls everything back.
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

    let order = await insertOrderWithNumber(
      tx,
      orderValues(orgId, input, first.quote.snapshot as OrderPriceSnapshot, {
        customerId: customer.id,
        accessTokenHash: sha256(accessToken),
        paymentDueAt: input.paymentMethod === 'card' ? new Date(now.getTime() + loaded.settings.cardPaymentTimeoutMinutes * 60_000) : null,
        placedByUserId: shopper.userId,
        // One clock for the order, its payment deadline and the customer's last order.
        createdAt: now,
        updatedAt: now,
      }),
    );

    // The lock, and the lines as they are under it (the read runs after the lock on this connection).
    const productIds = [...before.values()].map((l) => l.productId);
    const [, catalog] = await Promise.all([lockProductsForStock(tx, orgId, productIds), readLines()]);
    const { quote, pricedLines } = priceWith(catalog);
    refuseUnplaceable(quote, input);
    const snapshot = quote.snapshot as OrderPriceSnapshot;
    const repriced = !isDeepStrictEqual(snapshot, first.quote.snapshot);
    const items = itemValues(orgId, order.id, pricedLines, snapshot);

    await settleAll([
      repriced
        ? prepared(tx.update(orders).set(orderTotals(snapshot)).where(and(eq(orders.organizationId, orgId), eq(orders.id, order.id))).returning()).then(([row]) => {
            order = row!;
          })
        : null,
      prepared(tx.insert(orderItems).values(items)),
      reserveStock(
        tx,
        orgId,
        order.id,
        items.map((item, i) => ({ orderItemId: item.id, productId: item.productId, variantId: item.variantId, quantity: item.quantity, allowBackorder: pricedLines[i]!.allowBackorder, label: pricedLines[i]!.label })),
      ),
      snapshot.coupon
        ? redeemCoupon(tx, orgId, { couponId: snapshot.coupon.id, orderId: order.id, shopper: { customerId: customer.id, email }, discountAmount: snapshot.discount, currency, now }).then((current) => {
            if (current.type !== coupon!.type || current.value !== coupon!.value || current.maxDiscountAmount !== coupon!.maxDiscountAmount) {
              throw conflict('The code’s discount changed since you reviewed your order. Please review the new total and place the order again.', { couponCode: ['The discount changed.'] });
            }
          })
        : null,
      prepared(tx.insert(orderStatusHistory).values({ organizationId: orgId, orderId: order.id, toStatus: 'pending', actorType: 'customer', changedById: shopper.userId })),
      prepared(
        tx.insert(payments).values({
          organizationId: orgId,
          orderId: order.id,
          customerId: customer.id,
          amount: snapshot.total,
          currency,
          method: input.paymentMethod,
          provider: input.paymentMethod === 'card' ? 'stripe' : null,
          status: 'pending',
        }),
      ),
      customer.created ? null : countOrder(tx, orgId, customer.id, now),
    ]);
    if (options.onPlaced) await options.onPlaced(tx, order);
    return { order, accessToken };
  });
}

function countOrder(tx: Tx, orgId: string, customerId: string, now: Date) {
  return prepared(
    tx
      .update(customers)
      .set({ totalOrders: sql`${customers.totalOrders} + 1`, lastOrderAt: now, updatedAt: now })
      .where(and(eq(customers.organizationId, orgId), eq(customers.id, customerId))),
  );
}
