import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { payments } from '@/db/schema';
import { queueCancelledOrderRefund } from '@/lib/payments/refunds/auto-refund';
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
 * changeOrderStatus releases the stock and gives an unpaid order's coupon use back; a card
 * payment already taken is refunded in full by the auto-refund job.
 */
export async function cancelShopperOrder(ctx: Pick<ShopperSessionContext, 'org' | 'user' | 'tx'>, input: CancelShopperOrderInput) {
  const result = await ctx.tx(async (tx) => {
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
    const paidByCard = order.paymentMethod === 'card' && (order.paymentStatus === 'paid' || order.paymentStatus === 'partially_refunded');
    return { number: cancelled.number, status: cancelled.status, refundPaymentId: paidByCard ? await cardPaymentId(tx, ctx.org.id, order.id) : null };
  });
  // A shopper who paid by card gets the money back without waiting for the store (after commit;
  // the job checks the order is still cancelled before refunding).
  if (result.refundPaymentId) await queueCancelledOrderRefund(ctx.org.id, result.refundPaymentId);
  return { number: result.number, status: result.status };
}

async function cardPaymentId(tx: Tx, orgId: string, orderId: string) {
  const [row] = await tx
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.organizationId, orgId), eq(payments.orderId, orderId), eq(payments.method, 'card'), inArray(payments.status, ['completed', 'partially_refunded'])));
  return row?.id ?? null;
}
