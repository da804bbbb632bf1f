import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../client';
import { courierCashHandins, type Delivery } from '../../schema';

const HOUR = 3_600_000;

/**
 * The courier brought the cash of `delivery` to the store the morning after (received by the
 * owner), unless they have handed in cash before. Returns whether a hand-in was written.
 */
export async function ensureHandin(tx: Tx, orgId: string, { courierId, delivery, receivedById, now }: { courierId: string; delivery: Delivery | undefined; receivedById: string; now: Date }) {
  if (!delivery || delivery.status !== 'delivered' || delivery.courierId !== courierId || delivery.codAmount <= 0 || !delivery.deliveredAt) return false;
  const [earlier] = await tx
    .select({ id: courierCashHandins.id })
    .from(courierCashHandins)
    .where(and(eq(courierCashHandins.organizationId, orgId), eq(courierCashHandins.courierId, courierId)))
    .limit(1);
  if (earlier) return false;
  const at = new Date(Math.min(delivery.deliveredAt.getTime() + 16 * HOUR, now.getTime() - HOUR));
  await tx.insert(courierCashHandins).values({
    organizationId: orgId,
    courierId,
    amount: delivery.codAmount,
    currency: delivery.currency,
    note: `Cash for ${delivery.trackingNumber}`,
    receivedById,
    createdAt: at,
  });
  return true;
}
