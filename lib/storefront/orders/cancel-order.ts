import 'server-only';
import { changeOrderStatus } from '@/lib/orders/change-order-status';
import { ORDER_STATUS_LABELS } from '@/lib/orders/transitions';
import { conflict } from '@/lib/server/errors';
import type { ShopperSessionContext } from '@/lib/storefront/checkout/shopper-context';
import { getShopperOrder } from './order-access';
import { canShopperCancel } from './order-rules';
import type { CancelShopperOrderInput } from './schemas';

/**
 * The shopper cancels their own order while the store has not started on it (CUSTOMER_CANCELLABLE).
 * The reason is optional: a shopper should not have to explain themselves to change their mind.
 * changeOrderStatus releases the stock and gives an unpaid order's coupon use back.
 */
export async function cancelShopperOrder(ctx: Pick<ShopperSessionContext, 'org' | 'user' | 'tx'>, input: CancelShopperOrderInput) {
  return ctx.tx(async (tx) => {
    // The order row first, as every status change does; the state is read under the lock.
    const order = await getShopperOrder(tx, ctx, input.access, { lock: true });
    if (!canShopperCancel(order)) {
      throw conflict(`Order ${order.number} is ${ORDER_STATUS_LABELS[order.status].toLowerCase()} and can no longer be cancelled here. Contact the store.`);
    }
    const { order: cancelled } = await changeOrderStatus(tx, ctx.org.id, {
      orderId: order.id,
      to: 'cancelled',
      actor: { type: 'customer', userId: ctx.user?.id ?? null },
      reason: input.reason?.trim() || 'Cancelled by the customer',
      expectedFrom: order.status,
    });
    return { number: cancelled.number, status: cancelled.status };
  });
}
