import 'server-only';
import type { ShopperSessionContext } from '@/lib/storefront/checkout/shopper-context';
import { findShopperOrder } from './order-access';
import { loadShopperOrderDetail, type ShopperOrderDetail } from './order-detail';

/** One of the signed-in shopper's orders in this store by its number; null for anyone else's. */
export async function getCustomerOrder(ctx: Pick<ShopperSessionContext, 'org' | 'user' | 'tx'>, input: { number: string }): Promise<ShopperOrderDetail | null> {
  if (!ctx.user || !input.number || input.number.length > 32) return null;
  return ctx.tx(async (tx) => {
    const order = await findShopperOrder(tx, ctx, { number: input.number });
    return order ? loadShopperOrderDetail(tx, order) : null;
  });
}
