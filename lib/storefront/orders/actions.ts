'use server';

import { getCurrentUser } from '@/lib/auth/current-user';
import { cartRefForUpdate } from '@/lib/cart/cart-ref';
import { storefrontAction } from '@/lib/server/action';
import { cancelShopperOrder } from './cancel-order';
import { reorderShopperOrder } from './reorder';
import { CancelShopperOrderInput, OrderActionInput } from './schemas';
import { startOrderPayment } from './start-order-payment';

// `(site, input)`: the order pages bind their site. The shopper comes from the session, never the input.

export const cancelShopperOrderAction = storefrontAction(CancelShopperOrderInput, async (ctx, input) =>
  cancelShopperOrder({ ...ctx, user: await getCurrentUser() }, input),
);

export const reorderAction = storefrontAction(OrderActionInput, async (ctx, input) => {
  const shopper = { ...ctx, user: await getCurrentUser() };
  const { ref, remember } = await cartRefForUpdate(ctx);
  const result = await reorderShopperOrder({ ...shopper, cartRef: ref }, input);
  if (result.added > 0) await remember();
  return result;
});

export const startOrderPaymentAction = storefrontAction(OrderActionInput, async (ctx, input) =>
  startOrderPayment({ ...ctx, user: await getCurrentUser() }, input),
);
