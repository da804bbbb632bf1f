import 'server-only';
import { createElement } from 'react';
import { clearCart } from '@/lib/cart/clear-cart';
import { placeOrder } from '@/lib/checkout/place-order';
import type { Quote } from '@/lib/checkout/quote-checkout';
import { enqueueEmail } from '@/lib/jobs/queue';
import { startCardPayment } from '@/lib/payments/stripe/start-card-payment';
import { AppError } from '@/lib/server/errors';
import { cardPaymentUrls } from '@/lib/storefront/orders/start-order-payment';
import { OrderConfirmationEmail } from '@/emails/order-confirmation';
import type { Order } from '@/db/schema';
import { saveAddress } from './addresses';
import { checkoutShopper, type CheckoutContext } from './checkout-session';
import { orderConfirmationProps } from './order-confirmation-email';
import { checkoutLines, quoteCart } from './quote-cart';
import type { PlaceCheckoutOrderInput } from './schemas';

export type PlaceCheckoutResult =
  | { status: 'placed'; orderNumber: string; redirectTo: string }
  /** The total moved since the shopper's quote (a price, stock-free shipping, a coupon's limit): show this one and ask again. */
  | { status: 'quote_changed'; quote: Quote; message: string };

const isPriceChange = (e: unknown) => e instanceof AppError && e.code === 'CONFLICT' && Boolean(e.fieldErrors?.expectedTotal);

/**
 * Places the cart as an order: the lines come from the cart on the server, the total is checked
 * against the one the shopper confirmed, and the cart is emptied in placeOrder's transaction.
 * After the commit: the address book, the confirmation email, and the card payment redirect.
 */
export async function placeCheckoutOrder(ctx: CheckoutContext, input: PlaceCheckoutOrderInput): Promise<PlaceCheckoutResult> {
  const { cartId, lines } = await checkoutLines(ctx);
  const shopper = await checkoutShopper(ctx);
  const { saveAddress: keepAddress, ...order } = input;
  let placed: { order: Order; accessToken: string };
  try {
    placed = await placeOrder(ctx, { ...order, lines }, shopper, { alongside: (tx) => clearCart(tx, ctx.org.id, cartId) });
  } catch (e) {
    if (!isPriceChange(e)) throw e;
    const quote = await quoteCart(ctx, {
      fulfilment: input.fulfilment,
      address: input.shippingAddress,
      tariffId: input.tariffId,
      couponCode: input.couponCode,
      email: input.contact.email,
    });
    return { status: 'quote_changed', quote, message: (e as AppError).message };
  }
  const orderPath = `/orders/${encodeURIComponent(placed.accessToken)}`;

  if (keepAddress && ctx.user && input.fulfilment === 'delivery' && input.shippingAddress) {
    await saveAddress({ user: ctx.user }, input.shippingAddress).catch((e: unknown) => console.error('Saving the checkout address failed', e));
  }
  await sendConfirmation(ctx, placed.order, placed.accessToken);

  if (placed.order.paymentMethod === 'card') {
    try {
      const { redirectUrl } = await startCardPayment(ctx, placed.order, cardPaymentUrls(ctx, orderPath));
      return { status: 'placed', orderNumber: placed.order.number, redirectTo: redirectUrl };
    } catch (e) {
      // The order stands with its stock held; its page offers "Complete payment" until the deadline.
      console.error('Starting the card payment failed', e);
      return { status: 'placed', orderNumber: placed.order.number, redirectTo: `${orderPath}?payment=cancelled` };
    }
  }
  return { status: 'placed', orderNumber: placed.order.number, redirectTo: orderPath };
}

/** Queued after the commit; a queue failure must not undo (or hide) a placed order. */
async function sendConfirmation(ctx: CheckoutContext, order: Order, accessToken: string) {
  try {
    const props = await orderConfirmationProps(ctx, order, accessToken);
    await enqueueEmail({
      to: order.email,
      subject: `Your order ${order.number} at ${ctx.org.name}`,
      template: 'order-confirmation',
      body: createElement(OrderConfirmationEmail, props),
    });
  } catch (e) {
    console.error(`Queueing the confirmation email of order ${order.number} failed`, e);
  }
}
