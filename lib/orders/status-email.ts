import 'server-only';
import { createElement } from 'react';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { domains, type Order, type Organization } from '@/db/schema';
import { OrderStatusEmail, orderStatusHeadline, type EmailedOrderStatus } from '@/emails/order-status';
import { enqueueEmail } from '@/lib/jobs/queue';
import { orgStorefrontUrl, storefrontOrigin } from '@/lib/tenancy/hosts';

const EMAILED: readonly string[] = ['confirmed', 'out_for_delivery', 'delivered', 'cancelled'] satisfies EmailedOrderStatus[];

export const isEmailedStatus = (status: string): status is EmailedOrderStatus => EMAILED.includes(status);

/** The store's address for links in mail: its primary verified domain, else its platform subdomain. */
export async function storefrontBaseUrl(tx: Tx, org: Pick<Organization, 'id' | 'slug'>): Promise<string> {
  const [primary] = await tx
    .select({ hostname: domains.hostname })
    .from(domains)
    .where(and(eq(domains.organizationId, org.id), eq(domains.isPrimary, true), eq(domains.status, 'verified')))
    .limit(1);
  return primary ? storefrontOrigin(primary.hostname) : orgStorefrontUrl(org.slug);
}

/**
 * Queues the "your order is …" email. Call it after the status change committed; a failure to
 * queue is logged, not thrown, since the change itself already happened.
 */
export async function enqueueOrderStatusEmail(
  order: Pick<Order, 'number' | 'email' | 'cancellationReason'>,
  status: EmailedOrderStatus,
  store: { name: string; baseUrl: string },
): Promise<void> {
  const orderUrl = `${store.baseUrl}/account/orders/${encodeURIComponent(order.number)}`;
  try {
    await enqueueEmail({
      to: order.email,
      subject: `${store.name}: ${orderStatusHeadline(status).toLowerCase().replace(/^your order/, `order ${order.number}`)}`,
      template: 'order-status',
      body: createElement(OrderStatusEmail, {
        storeName: store.name,
        orderNumber: order.number,
        status,
        reason: status === 'cancelled' ? order.cancellationReason : null,
        orderUrl,
      }),
    });
  } catch (e) {
    console.error(`Could not queue the status email for order ${order.number}`, e);
  }
}
