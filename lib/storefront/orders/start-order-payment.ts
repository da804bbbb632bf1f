import 'server-only';
import { startCardPayment } from '@/lib/payments/stripe/start-card-payment';
import { conflict } from '@/lib/server/errors';
import type { ShopperSessionContext } from '@/lib/storefront/checkout/shopper-context';
import { storefrontOrigin } from '@/lib/tenancy/hosts';
import { getShopperOrder, shopperOrderPath } from './order-access';
import { canCompleteCardPayment } from './order-rules';
import type { OrderActionInput } from './schemas';

/** The Stripe pages for one order: back to the order page either way, flagged when the shopper gave up. */
export function cardPaymentUrls(ctx: Pick<ShopperSessionContext, 'host'>, orderPath: string) {
  const page = `${storefrontOrigin(ctx.host)}${orderPath}`;
  return { successUrl: page, cancelUrl: `${page}?payment=cancelled` };
}

/** "Complete payment": a new card payment for a pending, unpaid card order while its stock is still held. */
export async function startOrderPayment(ctx: ShopperSessionContext, input: OrderActionInput): Promise<{ redirectUrl: string }> {
  const order = await ctx.tx((tx) => getShopperOrder(tx, ctx, input.access));
  if (!canCompleteCardPayment(order)) {
    throw conflict(`Order ${order.number} cannot be paid by card any more. Reload the page to see its current state.`);
  }
  return startCardPayment(ctx, order, cardPaymentUrls(ctx, shopperOrderPath(input.access)));
}
