import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { orderItems } from '@/db/schema';
import { addLinesToCart } from '@/lib/cart/add-lines-to-cart';
import type { CartRef } from '@/lib/cart/internal';
import type { ShopperSessionContext } from '@/lib/storefront/checkout/shopper-context';
import { getShopperOrder } from './order-access';
import type { OrderActionInput } from './schemas';

export type ReorderResult = {
  /** Lines that went into the cart, in full or in part. */
  added: number;
  /** Lines that could not go in (or only in part): the product's name on the order, and why. */
  notAdded: { name: string; message: string }[];
};

/** Puts an order's lines back in the shopper's cart at today's prices; what no longer fits is reported, not refused. */
export async function reorderShopperOrder(ctx: ShopperSessionContext & { cartRef: CartRef }, input: OrderActionInput): Promise<ReorderResult> {
  const items = await ctx.tx(async (tx) => {
    const order = await getShopperOrder(tx, ctx, input.access);
    return tx
      .select({ variantId: orderItems.variantId, quantity: orderItems.quantity, name: orderItems.productName })
      .from(orderItems)
      .where(and(eq(orderItems.organizationId, ctx.org.id), eq(orderItems.orderId, order.id)))
      .orderBy(asc(orderItems.createdAt), asc(orderItems.id));
  });
  const result = await addLinesToCart(ctx, ctx.cartRef, items);
  const names = new Map(items.map((i) => [i.variantId, i.name]));
  return {
    added: result.added,
    notAdded: result.problems.map((p) => ({ name: names.get(p.variantId) ?? 'An item', message: p.message })),
  };
}
