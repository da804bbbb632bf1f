import 'server-only';
import type { OrderStatus } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid } from '@/lib/server/errors';
import { changeOrderStatus } from './change-order-status';
import { CANCEL_REASON_REQUIRED, type UpdateOrderStatusInput } from './schemas';
import { enqueueOrderStatusEmail, isEmailedStatus, storefrontBaseUrl } from './status-email';

export type UpdatedOrderStatus = { id: string; number: string; from: OrderStatus; status: OrderStatus };

/**
 * A member moves an order along (confirm, pack, deliver, cancel…) from the order page. Refused
 * when the page showed a status the order has since left. The shopper hears about the steps
 * that matter to them by email, once the change has committed.
 */
export async function updateOrderStatus(ctx: OrgContext, input: UpdateOrderStatusInput): Promise<UpdatedOrderStatus> {
  requirePermission(ctx, 'orders.manage');
  // Marking an order refunded is a money decision.
  if (input.to === 'refunded') requirePermission(ctx, 'orders.refund');
  if (input.to === 'cancelled' && !input.reason?.trim()) throw invalid(CANCEL_REASON_REQUIRED, { reason: [CANCEL_REASON_REQUIRED] });

  const { order, from, baseUrl } = await ctx.tx(async (tx) => {
    const changed = await changeOrderStatus(tx, ctx.org.id, {
      orderId: input.orderId,
      to: input.to,
      actor: { type: 'staff', userId: ctx.actor.userId },
      reason: input.reason,
      expectedFrom: input.expectedFrom,
    });
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'order.status_changed',
      entityType: 'order',
      entityId: changed.order.id,
      oldValues: { status: changed.from },
      newValues: { status: changed.order.status },
      reason: input.reason,
    });
    const emailed = isEmailedStatus(changed.order.status);
    return { ...changed, baseUrl: emailed ? await storefrontBaseUrl(tx, ctx.org) : null };
  });

  if (baseUrl && isEmailedStatus(order.status)) {
    await enqueueOrderStatusEmail(order, order.status, { name: ctx.org.name, baseUrl });
  }
  return { id: order.id, number: order.number, from, status: order.status };
}
