import 'server-only';
import type { StorefrontContext } from '@/lib/server/context';
import { findShopperOrder } from './order-access';
import { loadShopperOrderDetail, type ShopperOrderDetail } from './order-detail';

/** The order behind a confirmation link (sha256 of the token), in this store only; null when unknown. */
export async function getOrderByToken(ctx: StorefrontContext, input: { token: string }): Promise<ShopperOrderDetail | null> {
  if (!input.token || input.token.length > 200) return null;
  return ctx.tx(async (tx) => {
    const order = await findShopperOrder(tx, { org: ctx.org, user: null }, { token: input.token });
    return order ? loadShopperOrderDetail(tx, order) : null;
  });
}
