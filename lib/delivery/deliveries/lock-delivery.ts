import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { deliveries, type Delivery } from '@/db/schema';
import { notFound } from '@/lib/server/errors';

/**
 * The delivery row, locked for this transaction. Lock order: the delivery, then its order (the
 * order verbs lock the order first and touch deliveries only through cancelOpenDeliveries,
 * which never waits on a delivery a courier holds, since that order cannot be cancelled).
 * `onlyCourierId`: a courier acting, for whom only their own deliveries exist.
 */
export async function lockDelivery(tx: Tx, orgId: string, deliveryId: string, onlyCourierId?: string): Promise<Delivery> {
  const [row] = await tx
    .select()
    .from(deliveries)
    .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.id, deliveryId)))
    .for('update');
  // A courier asking about someone else's delivery learns nothing, not even that it exists.
  if (!row || (onlyCourierId !== undefined && row.courierId !== onlyCourierId)) throw notFound('Delivery');
  return row;
}
