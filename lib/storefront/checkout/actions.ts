'use server';

import { getCurrentUser } from '@/lib/auth/current-user';
import { cartRefFromRequest } from '@/lib/cart/cart-ref';
import { storefrontAction } from '@/lib/server/action';
import type { StorefrontContext } from '@/lib/server/context';
import type { RequestMeta } from '@/lib/server/request-meta';
import type { CheckoutContext } from './checkout-session';
import { placeCheckoutOrder } from './place-checkout-order';
import { quoteCart } from './quote-cart';
import { PlaceCheckoutOrderInput, QuoteCheckoutInput } from './schemas';

// `(site, input)`: the checkout page binds its site. The cart and the shopper come from the request.

async function checkoutContext(ctx: StorefrontContext & { meta: RequestMeta }): Promise<CheckoutContext> {
  return { ...ctx, user: await getCurrentUser(), cartRef: await cartRefFromRequest(ctx) };
}

export const quoteCheckoutAction = storefrontAction(QuoteCheckoutInput, async (ctx, input) => quoteCart(await checkoutContext(ctx), input));

export const placeOrderAction = storefrontAction(PlaceCheckoutOrderInput, async (ctx, input) =>
  placeCheckoutOrder(await checkoutContext(ctx), input),
);

