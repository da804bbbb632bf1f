'use server';

import { storefrontAction } from '@/lib/server/action';
import type { StorefrontContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { acceptCartPrice } from './accept-cart-price';
import { addToCart } from './add-to-cart';
import { cartRefForUpdate, cartRefFromRequest } from './cart-ref';
import { removeCartItem } from './remove-cart-item';
import { AddToCartInput, CartVariantInput, UpdateCartItemInput } from './schemas';
import { updateCartItem } from './update-cart-item';

// `(site, input)`: the product page passes its own host (window.location.host), the cart page binds `site`.

async function existingCart(ctx: StorefrontContext) {
  const ref = await cartRefFromRequest(ctx);
  if (!ref) throw notFound('Your cart');
  return ref;
}

export const addToCartAction = storefrontAction(AddToCartInput, async (ctx, input) => {
  const { ref, remember } = await cartRefForUpdate(ctx);
  const { quantity, itemCount } = await addToCart(ctx, ref, input);
  await remember();
  return { quantity, itemCount };
});

export const updateCartItemAction = storefrontAction(UpdateCartItemInput, async (ctx, input) =>
  updateCartItem(ctx, await existingCart(ctx), input),
);

export const removeCartItemAction = storefrontAction(CartVariantInput, async (ctx, input) =>
  removeCartItem(ctx, await existingCart(ctx), input),
);

export const acceptCartPriceAction = storefrontAction(CartVariantInput, async (ctx, input) =>
  acceptCartPrice(ctx, await existingCart(ctx), input),
);
