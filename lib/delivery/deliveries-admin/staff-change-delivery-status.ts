import 'server-only';
import type { DeliveryStatus } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { auditDeliveryStatus } from '../deliveries/audit-delivery-status';
import { changeDeliveryStatus } from '../deliveries/change-delivery-status';
import { notifyShopper } from '../deliveries/notify-shopper';
import type { StaffChangeDeliveryStatusInput } from './schemas';

export type ChangedDeliveryStatus = { id: string; trackingNumber: string; from: DeliveryStatus; status: DeliveryStatus };

/**
 * A member moves a delivery along from its page (start, picked up, delivered, return, cancel) on
 * the courier's behalf. Refused when the page showed a status the delivery has since left.
 * Marking it delivered without the proof the store asks for needs a reason (the core checks).
 * The shopper's email goes out once the change has committed.
 */
export async function staffChangeDeliveryStatus(ctx: OrgContext, input: StaffChangeDeliveryStatusInput): Promise<ChangedDeliveryStatus> {
  requirePermission(ctx, 'deliveries.manage');
  const result = await ctx.tx(async (tx) => {
    const changed = await changeDeliveryStatus(tx, ctx.org.id, {
      deliveryId: input.deliveryId,
      to: input.to,
      expectedFrom: input.expectedFrom,
      reason: input.reason,
      actor: { type: 'staff', userId: ctx.actor.userId },
    });
    await auditDeliveryStatus(tx, ctx.actor, ctx.org.id, changed, input.reason);
    return changed;
  });
  await notifyShopper(ctx.org, result);
  const { delivery, from } = result;
  return { id: delivery.id, trackingNumber: delivery.trackingNumber, from, status: delivery.status };
}
