import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { requireFeature } from '@/lib/features/require-feature';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { assignCourier } from '../deliveries/assign-courier';
import { createDeliveryForOrder } from '../deliveries/create-delivery';
import type { CreateDeliveryInput } from './schemas';

/**
 * A member opens the delivery of an order by hand (the store does not open them at packing, or
 * an earlier one was returned or cancelled), optionally giving it to a courier at once.
 */
export async function createDeliveryByHand(ctx: OrgContext, input: CreateDeliveryInput): Promise<{ id: string; trackingNumber: string }> {
  requirePermission(ctx, 'deliveries.manage');
  await requireFeature(ctx, 'deliveries');
  const actor = { type: 'staff', userId: ctx.actor.userId } as const;
  return ctx.tx(async (tx) => {
    let delivery = await createDeliveryForOrder(tx, ctx.org.id, { orderId: input.orderId, actor, specialInstructions: input.specialInstructions });
    if (input.courierId) delivery = await assignCourier(tx, ctx.org.id, { deliveryId: delivery.id, courierId: input.courierId, actor });
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'delivery.created',
      entityType: 'delivery',
      entityId: delivery.id,
      newValues: { orderId: delivery.orderId, trackingNumber: delivery.trackingNumber, courierId: delivery.courierId, specialInstructions: delivery.specialInstructions },
    });
    return { id: delivery.id, trackingNumber: delivery.trackingNumber };
  });
}
