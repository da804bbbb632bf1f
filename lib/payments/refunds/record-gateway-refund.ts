import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { refunds, type Payment } from '@/db/schema';

export type GatewayRefund = { id: string; amount: number; status: 'pending' | 'succeeded' | 'failed'; reason: string | null };

/**
 * Records a Stripe refund by its id: once, whoever sees it first (the dashboard's own call, a
 * refund.* or charge.refunded event). A later report updates the status, except that a
 * pending report never overwrites a final one.
 */
export async function recordGatewayRefund(tx: Tx, orgId: string, payment: Payment, refund: GatewayRefund, createdById: string | null = null) {
  await tx
    .insert(refunds)
    .values({
      organizationId: orgId,
      paymentId: payment.id,
      orderId: payment.orderId,
      amount: refund.amount,
      currency: payment.currency,
      reason: refund.reason,
      status: refund.status,
      gatewayRefundId: refund.id,
      createdById,
      processedAt: refund.status === 'pending' ? null : new Date(),
    })
    .onConflictDoUpdate({
      target: [refunds.organizationId, refunds.gatewayRefundId],
      targetWhere: sql`gateway_refund_id is not null`,
      set: {
        status: sql`case when excluded.status = 'pending' then ${refunds.status} else excluded.status end`,
        processedAt: sql`coalesce(${refunds.processedAt}, excluded.processed_at)`,
      },
    });
}

/** Σ of a payment's refunds that are not failed (pending ones count, as Stripe counts them). */
export async function refundedSoFar(tx: Tx, orgId: string, paymentId: string): Promise<number> {
  const [row] = await tx
    .select({ total: sql<number>`coalesce(sum(${refunds.amount}), 0)::bigint`.mapWith(Number) })
    .from(refunds)
    .where(and(eq(refunds.organizationId, orgId), eq(refunds.paymentId, paymentId), ne(refunds.status, 'failed')));
  return row?.total ?? 0;
}
