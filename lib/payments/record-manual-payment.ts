import 'server-only';
import { and, eq } from 'drizzle-orm';
import { orders, payments } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { changeOrderStatus } from '@/lib/orders/change-order-status';
import { lockOrder } from '@/lib/orders/lock-order';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict } from '@/lib/server/errors';
import { lockPayment } from './internal';
import { isCaptured } from './payment-state';
import type { MarkPaymentReceivedInput } from './schemas';

/**
 * Staff saw a bank transfer arrive: the payment is completed, the order paid, and a pending
 * order confirmed. A cancelled order is refused (its stock is gone; refund the transfer instead).
 */
export async function markPaymentReceived(ctx: OrgContext, input: MarkPaymentReceivedInput) {
  requirePermission(ctx, 'orders.manage');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const order = await lockOrder(tx, orgId, input.orderId);
    const payment = await lockPayment(tx, orgId, input);
    if (payment.method !== 'bank_transfer') throw conflict('Only bank transfers are marked as received by hand.');
    if (isCaptured(payment.status)) throw conflict(`This payment was already received.`);
    if (order.status === 'cancelled' || order.status === 'refunded') throw conflict(`Order ${order.number} is ${order.status}: it cannot be marked as paid.`);
    const now = new Date();
    await tx
      .update(payments)
      .set({
        status: 'completed',
        processedAt: now,
        gatewayResponse: { ...(payment.gatewayResponse ?? {}), receivedBy: ctx.actor.userId, reference: input.reference, receivedAt: now.toISOString() },
        updatedAt: now,
      })
      .where(and(eq(payments.organizationId, orgId), eq(payments.id, payment.id)));
    await tx.update(orders).set({ paymentStatus: 'paid', updatedAt: now }).where(and(eq(orders.organizationId, orgId), eq(orders.id, order.id)));
    const confirmed = order.status === 'pending';
    if (confirmed) {
      await changeOrderStatus(tx, orgId, { orderId: order.id, to: 'confirmed', actor: { type: 'staff', userId: ctx.actor.userId }, reason: 'Bank transfer received' });
    }
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'order.payment_received',
      entityType: 'order',
      entityId: order.id,
      oldValues: { paymentStatus: order.paymentStatus, status: order.status },
      newValues: { paymentId: payment.id, amount: payment.amount, currency: payment.currency, reference: input.reference, paymentStatus: 'paid', status: confirmed ? 'confirmed' : order.status },
    });
    return { paymentStatus: 'paid' as const, orderStatus: confirmed ? ('confirmed' as const) : order.status };
  });
}
