import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { isAbortedOnPurpose, isAfterEarlierFailure } from '@/db/errors';
import { withOrgPipelined } from '@/db/scope';
import { orders, type Order, type OrderPriceSnapshot } from '@/db/schema';
import { sha256 } from '@/lib/crypto/hash';
import { newId, randomToken } from '@/lib/ids';
import { lockProductsForStock } from '@/lib/inventory/reservations/lock-products';
import { reserveStock } from '@/lib/inventory/reservations/reserve-stock';
import { txSql } from '@/lib/inventory/reservations/tx-sql';
import { assertOrderAllowance } from '@/lib/plans/order-allowance';
import type { StorefrontContext } from '@/lib/server/context';
import { AppError, conflict, invalid } from '@/lib/server/errors';
import { fieldErrorsOf } from '@/lib/server/field-errors';
import { findOrCreateCheckoutCustomer } from './checkout-customer';
import { computeQuote, mergeLines, NOT_AVAILABLE, type PricedLine, type Quote } from './compute-quote';
import { findCouponByCode, normalizeCouponCode, redeemCoupon } from './coupons';
import { paymentMethodsOf } from './get-checkout-options';
import { catalogLinesReader, loadCheckoutSettings, loadDeliveryRules, type CatalogLine, type LoadedSettings } from './internal';
import { generateOrderNumber, insertOrderWithNumber, readOrder, sendOrderInsert, tryInsertOrder } from './order-number';
import { itemValues, orderTotals, orderValues } from './order-rows';
import { insertOrderRows } from './placement-writes';
import { prepared } from './prepared';
import { PlaceOrderInput, type ParsedPlaceOrderInput } from './schemas';

export type CheckoutShopper = { userId: string | null; customerId: string | null };
export type PlaceOrderOptions = {
  /**
   * More writes in the order's transaction (e.g. emptying the cart), issued with its first reads:
   * they commit with the order, a throw undoes the order, and a refused order undoes them.
   */
  alongside?: (tx: Tx) => Promise<unknown>;
};
export type PlacedOrder = { order: Order; accessToken: string };

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

/**
 * The checkout's statements take an array of ids, so Postgres would plan them afresh on every
 * call (a custom plan looks cheaper than the generic one for `= any($ids)`): about 3 ms of CPU
 * per order. Their generic plans are the same index lookups, so this transaction keeps them.
 */
function cachedPlans(tx: Tx) {
  return txSql(tx).unsafe('set local plan_cache_mode = force_generic_plan').execute();
}

/**
 * Waits for every query, then fails with the cause: the first error that is not "the transaction
 * is aborted" (statements after a failed one get that, whatever order they went out in).
 * Nothing runs after the transaction ends.
 */
async function settled<T extends readonly unknown[]>(work: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(work);
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length > 0) throw failures.find((e) => !isAfterEarlierFailure(e)) ?? failures[0];
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

type Placement = {
  ctx: StorefrontContext;
  input: ParsedPlaceOrderInput;
  lines: ReturnType<typeof mergeLines>;
  shopper: CheckoutShopper;
  options: PlaceOrderOptions;
  accessToken: string;
  now: Date;
};

/**
 * Places an order in ONE transaction: price snapshot, items, history, payment, stock
 * reservations and coupon use, or nothing. Two ways, the same result:
 * - without a coupon, in two round trips (placeInOneTrip): the reads, then the lock, the writes
 *   and COMMIT sent together, so other checkouts of the same product wait for the writes and
 *   the commit only, never for a trip to Node. If the lines changed since they were priced,
 *   the order number was taken or the stock does not fit, Postgres aborts that transaction
 *   and the careful way runs instead, in a new one;
 * - the careful way (placeCarefully): the product lock first, the lines read again under it and
 *   priced again (refused if the total is not the one the shopper saw), the coupon redeemed.
 */
export async function placeOrder(ctx: StorefrontContext, rawInput: PlaceOrderInput, shopper: CheckoutShopper, options: PlaceOrderOptions = {}): Promise<PlacedOrder> {
  const parsed = PlaceOrderInput.safeParse(rawInput);
  if (!parsed.success) throw invalid('Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const placement: Placement = { ctx, input, lines: mergeLines(input.lines), shopper, options, accessToken: randomToken(32), now: new Date() };
  if (!input.couponCode) {
    const placed = await withOrgPipelined(ctx.org.id, (tx, commit) => placeInOneTrip(tx, commit, placement)).catch((e: unknown) => {
      if (isAbortedOnPurpose(e)) return null;
      throw e;
    });
    if (placed) return placed;
  }
  return ctx.tx((tx) => placeCarefully(tx, placement));
}

/**
 * The reads that decide nothing about stock, pipelined on the connection (settings, zones,
 * coupon, the customer with this order counted, the lines), then the order priced and refused
 * early if it cannot be placed, and the plan's monthly allowance.
 */
async function priceAndCheck(tx: Tx, p: Placement) {
  const { ctx, input, lines, shopper, now } = p;
  const orgId = ctx.org.id;
  const currency = ctx.org.defaultCurrency;
  const email = input.contact.email;
  const readLines = catalogLinesReader(tx, orgId, lines.map((l) => l.variantId), { withStock: false });
  const [, loaded, before, rules, coupon, customer] = await settled([
    cachedPlans(tx),
    loadCheckoutSettings(tx, orgId),
    readLines(),
    input.fulfilment === 'delivery' ? loadDeliveryRules(tx, orgId) : { zones: [], tariffs: [] },
    input.couponCode ? findCouponByCode(tx, orgId, input.couponCode) : null,
    findOrCreateCheckoutCustomer(tx, orgId, { shopper, email, name: input.contact.name, phone: input.contact.phone, currency, now }),
    p.options.alongside ? p.options.alongside(tx) : null,
  ] as const);
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

  const snapshot = first.quote.snapshot as OrderPriceSnapshot;
  const values = {
    id: newId('ord'),
    ...orderValues(orgId, input, snapshot, {
      customerId: customer.id,
      accessTokenHash: sha256(p.accessToken),
      paymentDueAt: input.paymentMethod === 'card' ? new Date(now.getTime() + loaded.settings.cardPaymentTimeoutMinutes * 60_000) : null,
      placedByUserId: shopper.userId,
      // One clock for the order, its payment deadline and the customer's last order.
      createdAt: now,
      updatedAt: now,
    }),
  };
  const writesOf = (orderId: string, snap: OrderPriceSnapshot, pricedLines: PricedLine[]) => {
    const items = itemValues(orgId, orderId, pricedLines, snap);
    return {
      items,
      rows: { orgId, orderId, userId: shopper.userId, customerId: customer.id, amount: snap.total, currency, method: input.paymentMethod },
      reservations: items.map((item, i) => ({
        orderItemId: item.id,
        productId: item.productId,
        variantId: item.variantId,
        quantity: item.quantity,
        allowBackorder: pricedLines[i]!.allowBackorder,
        label: pricedLines[i]!.label,
      })),
    };
  };
  return { readLines, priceWith, before, first, snapshot, values, coupon, customer, writesOf, productIds: [...before.values()].map((l) => l.productId) };
}

/**
 * The second round trip, statements running in issue order: the order row under a fresh
 * number (a new row nobody else waits on), the product lock, then items, history and payment
 * (only if under the lock the order row is there and the lines still hash as priced: else the
 * statement aborts the transaction), the reservations (a line that does not fit aborts), the
 * order read back, and COMMIT. The lock is held for these writes and the commit, no longer.
 */
async function placeInOneTrip(tx: Tx, commit: () => Promise<boolean>, p: Placement): Promise<PlacedOrder> {
  const orgId = p.ctx.org.id;
  const { first, snapshot, values, before, writesOf, productIds } = await priceAndCheck(tx, p);
  const { items, rows, reservations } = writesOf(values.id, snapshot, first.pricedLines);
  const versions = first.pricedLines.map((l) => ({ variantId: l.variantId, version: before.get(l.variantId)!.version! }));
  const [, , , , read, committed] = await settled([
    sendOrderInsert(tx, values, generateOrderNumber()),
    lockProductsForStock(tx, orgId, productIds),
    insertOrderRows(tx, items, rows, versions),
    reserveStock(tx, orgId, values.id, reservations, { strict: true }),
    readOrder(tx, orgId, values.id),
    commit(),
  ] as const);
  if (!committed || !read) throw new Error('The order was not committed');
  return { order: read, accessToken: p.accessToken };
}


/**
 * The careful way (every order with a coupon, and any the one-trip way gave up on): the product
 * lock first, then the lines as they are under it, priced again; the order's totals follow if
 * they moved, and the total must still be the one the shopper saw. Then the writes, together.
 */
async function placeCarefully(tx: Tx, p: Placement): Promise<PlacedOrder> {
  const { ctx, input, now } = p;
  const orgId = ctx.org.id;
  const { readLines, priceWith, snapshot: firstSnapshot, values, coupon, customer, writesOf, productIds } = await priceAndCheck(tx, p);
  const [placed] = await settled([tryInsertOrder(tx, values, generateOrderNumber()), lockProductsForStock(tx, orgId, productIds)] as const);
  let order = placed ?? (await insertOrderWithNumber(tx, values));
  const { quote, pricedLines } = priceWith(await readLines());
  refuseUnplaceable(quote, input);
  const snapshot = quote.snapshot as OrderPriceSnapshot;
  const { items, rows, reservations } = writesOf(order.id, snapshot, pricedLines);
  await settled([
    isDeepStrictEqual(snapshot, firstSnapshot)
      ? null
      : prepared(tx.update(orders).set(orderTotals(snapshot)).where(and(eq(orders.organizationId, orgId), eq(orders.id, order.id))).returning()).then(([row]) => {
          order = row!;
        }),
    insertOrderRows(tx, items, rows),
    reserveStock(tx, orgId, order.id, reservations),
    snapshot.coupon
      ? redeemCoupon(tx, orgId, { couponId: snapshot.coupon.id, orderId: order.id, shopper: { customerId: customer.id, email: input.contact.email }, discountAmount: snapshot.discount, currency: ctx.org.defaultCurrency, now }).then((current) => {
          if (current.type !== coupon!.type || current.value !== coupon!.value || current.maxDiscountAmount !== coupon!.maxDiscountAmount) {
            throw conflict('The code’s discount changed since you reviewed your order. Please review the new total and place the order again.', { couponCode: ['The discount changed.'] });
          }
        })
      : null,
  ] as const);
  return { order, accessToken: p.accessToken };
}
