import 'server-only';
import { and, asc, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { orders, payments } from '@/db/schema';
import { changeOrderStatus } from '@/lib/orders/change-order-status';
import { stripeFor } from './stripe/client';
import { loadStripeGateway } from './stripe/gateway';

export const PAYMENT_NOT_COMPLETED_IN_TIME = 'Payment not completed in time';
const BATCH = 200;

const overdue = (now: Date) =>
  and(eq(orders.status, 'pending'), eq(orders.paymentMethod, 'card'), inArray(orders.paymentStatus, ['pending', 'failed']), isNotNull(orders.paymentDueAt), lt(orders.paymentDueAt, now));

/**
 * Ends the session on Stripe's side so the shopper cannot pay any more. Best effort: when it
 * cannot be expired because it was just paid, the order is left for the success webhook.
 */
async function expireCheckoutSession(orgId: string, orderId: string): Promise<'expired' | 'paid' | 'unknown'> {
  const found = await withOrg(orgId, async (tx) => {
    const [payment] = await tx
      .select({ sessionId: payments.gatewaySessionId })
      .from(payments)
      .where(and(eq(payments.organizationId, orgId), eq(payments.orderId, orderId), eq(payments.method, 'card'), isNotNull(payments.gatewaySessionId)));
    return payment?.sessionId ? { sessionId: payment.sessionId, gateway: await loadStripeGateway(tx, orgId) } : null;
  });
  if (!found?.gateway) return 'unknown';
  const stripe = stripeFor(found.gateway.secretKey);
  try {
    await stripe.checkout.sessions.expire(found.sessionId);
    return 'expired';
  } catch {
    const session = await stripe.checkout.sessions.retrieve(found.sessionId).catch(() => null);
    return session?.status === 'complete' && session.payment_status === 'paid' ? 'paid' : 'unknown';
  }
}

/**
 * The 'expire-card-orders' job: card orders whose payment window passed without a payment
 * (none yet, or only failed attempts) are cancelled, which releases their stock. Overdue orders are found across organizations (the
 * platform scope, ids only); each is then handled in its own organization's transaction,
 * where the order row is locked without waiting (a webhook working on it wins; the next run
 * looks again) and re-checked under the lock.
 */
export async function expireUnpaidCardOrders(now: Date = new Date()): Promise<{ cancelled: string[]; skipped: string[] }> {
  const due = await withPlatform((tx) =>
    tx.select({ id: orders.id, organizationId: orders.organizationId }).from(orders).where(overdue(now)).orderBy(asc(orders.paymentDueAt)).limit(BATCH),
  );
  const cancelled: string[] = [];
  const skipped: string[] = [];
  for (const { id, organizationId: orgId } of due) {
    try {
      if ((await expireCheckoutSession(orgId, id)) === 'paid') {
        skipped.push(id);
        continue;
      }
      const done = await withOrg(orgId, async (tx) => {
        const [locked] = await tx
          .select({ id: orders.id })
          .from(orders)
          .where(and(eq(orders.organizationId, orgId), eq(orders.id, id), overdue(now)))
          .for('update', { skipLocked: true });
        if (!locked) return false;
        await tx
          .update(payments)
          .set({ status: 'cancelled', updatedAt: new Date() })
          .where(and(eq(payments.organizationId, orgId), eq(payments.orderId, id), eq(payments.method, 'card'), eq(payments.status, 'pending')));
        await changeOrderStatus(tx, orgId, { orderId: id, to: 'cancelled', actor: { type: 'system', userId: null }, reason: PAYMENT_NOT_COMPLETED_IN_TIME });
        return true;
      });
      (done ? cancelled : skipped).push(id);
    } catch (e) {
      console.error(`[expire-card-orders] order ${id} of ${orgId}`, e);
      skipped.push(id);
    }
  }
  return { cancelled, skipped };
}
