import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { assignCourier } from '../deliveries/assign-courier';
import type { AssignDeliveryCourierInput } from './schemas';

export type AssignedCourier = { id: string; courierId: string | null; changed: boolean };

/**
 * Gives the delivery to a courier, hands it to another one, or takes it back (`courierId: null`).
 * Refused when the page showed someone else holding it than who holds it now.
 */
export async function assignDeliveryCourier(ctx: OrgContext, input: AssignDeliveryCourierInput): Promise<AssignedCourier> {
  requirePermission(ctx, 'deliveries.manage');
  return ctx.tx(async (tx) => {
    const delivery = await assignCourier(tx, ctx.org.id, {
      deliveryId: input.deliveryId,
      courierId: input.courierId,
      expectedCourierId: input.expectedCourierId,
      actor: { type: 'staff', userId: ctx.actor.userId },
      reason: input.reason,
    });
    // assignCourier checked that the expected courier is the one it had.
    const before = input.expectedCourierId;
    if (before === input.courierId) return { id: delivery.id, courierId: delivery.courierId, changed: false };
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: !input.courierId ? 'delivery.courier_unassigned' : before ? 'delivery.courier_reassigned' : 'delivery.courier_assigned',
      entityType: 'delivery',
      entityId: delivery.id,
      oldValues: { courierId: before },
      newValues: { courierId: delivery.courierId, status: delivery.status },
      reason: input.reason,
    });
    return { id: delivery.id, courierId: delivery.courierId, changed: true };
  });
}
