import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { couponRedemptions, coupons, orders, orderStatusHistory, payments, type Order, type OrderStatus } from '@/db/schema';
import { fulfilReservations, releaseReservations } from '@/lib/inventory/reservations/settle-reservations';
import { cancelOpenDeliveries } from '@/lib/delivery/deliveries/cancel-open-deliveries';
import { createDeliveryForOrder, findOpenDelivery } from '@/lib/delivery/deliveries/create-delivery';
import { getDeliverySettings } from '@/lib/delivery/deliveries/delivery-settings';
import { isFeatureOnFor } from '@/lib/features/require-feature';
import { conflict } from '@/lib/server/errors';
import { lockOrder } from './lock-order';
import { canTransition, ORDER_STATUS_LABELS } from './transitions';

export type OrderActor = { type: 'customer' | 'staff' | 'system' | 'courier'; userId: string | null };

export type StatusChange = {
  orderId: string;
  to: OrderStatus;
  actor: OrderActor;
  reason?: string | null;
  notes?: string | null;
  /** Refuse unless the order is still in this status (a page that was open for a while). */
  expectedFrom?: OrderStatus;
  /** Set by the delivery verbs: the steps a courier drives (out for delivery, delivered, back to packed). */
  viaDelivery?: boolean;
};

/** Moves that belong to an open delivery: made by its courier, not by hand on the order. */
const isDeliveryStep = (from: OrderStatus, to: OrderStatus) => to === 'out_for_delivery' || to === 'delivered' || (from === 'out_for_delivery' && to === 'packed');

/** Money was never taken: a cancelled order gives its coupon use back. */
async function voidCouponUse(tx: Tx, orgId: string, orderId: string) {
  const [voided] = await tx
    .update(couponRedemptions)
    .set({ voidedAt: new Date() })
    .where(and(eq(couponRedemptions.organizationId, orgId), eq(couponRedemptions.orderId, orderId), isNull(couponRedemptions.voidedAt)))
    .returning({ couponId: couponRedemptions.couponId });
  if (voided) {
    await tx
      .update(coupons)
      .set({ usedCount: sql`greatest(${coupons.usedCount} - 1, 0)` })
      .where(and(eq(coupons.organizationId, orgId), eq(coupons.id, voided.couponId)));
  }
}

/**
 * The one way an order's status changes: checks the state machine, applies what the new status
 * means for stock and money, and writes the history row, all in the caller's transaction.
 * - cancelled: held stock is released; an unpaid order gives its coupon use back.
 * - delivered: held stock leaves as OUT movements; cash on delivery counts as paid.
 * - refunded: any stock still held is released.
 */
export async function changeOrderStatus(tx: Tx, orgId: string, change: StatusChange): Promise<{ order: Order; from: OrderStatus }> {
  const order = await lockOrder(tx, orgId, change.orderId);
  const from = order.status;
  if (change.expectedFrom && change.expectedFrom !== from) {
    throw conflict(`Order ${order.number} is now ${ORDER_STATUS_LABELS[from].toLowerCase()}. Reload to see its current state.`);
  }
  if (!canTransition(order, change.to)) {
    throw conflict(`Order ${order.number} is ${ORDER_STATUS_LABELS[from].toLowerCase()} and cannot move to ${ORDER_STATUS_LABELS[change.to].toLowerCase()}.`);
  }
  if (!change.viaDelivery && order.fulfilmentMethod === 'delivery' && isDeliveryStep(from, change.to)) {
    const open = await findOpenDelivery(tx, orgId, order.id);
    if (open) throw conflict(`Order ${order.number} is handled by delivery ${open.trackingNumber}; change its status on the delivery.`);
  }

  const now = new Date();
  const set: Partial<typeof orders.$inferInsert> = { status: change.to, updatedAt: now };
  if (change.to === 'confirmed') set.confirmedAt = now;
  if (change.to === 'cancelled') {
    await releaseReservations(tx, orgId, order.id);
    const moneyTaken = order.paymentStatus === 'paid' || order.paymentStatus === 'partially_refunded';
    if (!moneyTaken) {
      await voidCouponUse(tx, orgId, order.id);
      if (order.paymentStatus === 'pending' || order.paymentStatus === 'unpaid') set.paymentStatus = 'voided';
    }
    Object.assign(set, { cancelledAt: now, cancelledById: change.actor.userId, cancellationReason: change.reason ?? null, paymentDueAt: null });
  }
  if (change.to === 'refunded') await releaseReservations(tx, orgId, order.id);
  if (change.to === 'delivered') {
    await fulfilReservations(tx, { orgId, userId: change.actor.userId }, { orderId: order.id, reference: `Order ${order.number}` });
    set.deliveredAt = now;
    if (order.paymentMethod === 'cod' && order.paymentStatus !== 'paid') {
      set.paymentStatus = 'paid';
      await tx
        .update(payments)
        .set({ status: 'completed', processedAt: now, updatedAt: now })
        .where(and(eq(payments.organizationId, orgId), eq(payments.orderId, order.id), eq(payments.method, 'cod'), eq(payments.status, 'pending')));
    }
  }

  const [updated] = await tx.update(orders).set(set).where(and(eq(orders.organizationId, orgId), eq(orders.id, order.id))).returning();
  await tx.insert(orderStatusHistory).values({
    organizationId: orgId,
    orderId: order.id,
    fromStatus: from,
    toStatus: change.to,
    reason: change.reason ?? null,
    notes: change.notes ?? null,
    actorType: change.actor.type,
    changedById: change.actor.userId,
  });
  await followUpDelivery(tx, orgId, updated!, from, change);
  return { order: updated!, from };
}

/** Packing opens the delivery (when the store wants that); cancelling or refunding closes one not yet picked up. */
async function followUpDelivery(tx: Tx, orgId: string, order: Order, from: OrderStatus, change: StatusChange) {
  if (order.fulfilmentMethod !== 'delivery') return;
  const actor = change.actor;
  if (order.status === 'cancelled' || order.status === 'refunded') {
    await cancelOpenDeliveries(tx, orgId, order.id, actor, change.reason ?? null);
  } else if (order.status === 'packed' && from === 'processing' && !change.viaDelivery) {
    const { createOnPacked } = await getDeliverySettings(tx, orgId);
    // Only while the organization has courier deliveries (feature flag): packing then just packs.
    if (createOnPacked && (await isFeatureOnFor(tx, orgId, 'deliveries')) && !(await findOpenDelivery(tx, orgId, order.id))) {
      await createDeliveryForOrder(tx, orgId, { orderId: order.id, actor });
    }
  }
}
