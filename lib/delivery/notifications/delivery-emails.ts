import 'server-only';
import { createElement } from 'react';
import { and, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { couriers, deliveries, orders, organizations, users, type Organization } from '@/db/schema';
import { formatDateTime } from '@/components/ui/date-time';
import { DeliveryDeliveredEmail } from '@/emails/delivery-delivered';
import { DeliveryDispatchedEmail } from '@/emails/delivery-dispatched';
import { enqueueEmail } from '@/lib/jobs/queue';
import { formatMoney } from '@/lib/money/money';
import { storefrontBaseUrl } from '@/lib/orders/status-email';
import { ratingToken } from '@/lib/storefront/delivery-rating/rating-link';
import { courierFirstNameSql } from '@/lib/storefront/tracking/courier-first-name';

export type DeliveryEmailKind = 'dispatched' | 'code' | 'delivered';

type Args = { org: Pick<Organization, 'id' | 'slug' | 'name'>; deliveryId: string; otp: string | null };

/**
 * Queues the shopper's email about their delivery: on its way (with the code for the door), a new
 * code, or delivered (with a link to rate it). Call it after the change committed; a failure is
 * logged, not thrown, since the change itself already happened.
 */
export async function enqueueDeliveryEmail(kind: DeliveryEmailKind, { org, deliveryId, otp }: Args): Promise<void> {
  try {
    const found = await withOrg(org.id, async (tx) => {
      const [row] = await tx
        .select({
          trackingNumber: deliveries.trackingNumber,
          estimatedDeliveryAt: deliveries.estimatedDeliveryAt,
          codAmount: deliveries.codAmount,
          currency: deliveries.currency,
          orderNumber: orders.number,
          email: orders.email,
          courierFirstName: courierFirstNameSql,
          timeZone: organizations.timezone,
          locale: organizations.defaultLocale,
        })
        .from(deliveries)
        .innerJoin(orders, and(eq(orders.organizationId, deliveries.organizationId), eq(orders.id, deliveries.orderId)))
        .innerJoin(organizations, eq(organizations.id, deliveries.organizationId))
        .leftJoin(couriers, and(eq(couriers.organizationId, deliveries.organizationId), eq(couriers.id, deliveries.courierId)))
        .leftJoin(users, eq(users.id, couriers.userId))
        .where(and(eq(deliveries.organizationId, org.id), eq(deliveries.id, deliveryId)));
      return row ? { row, baseUrl: await storefrontBaseUrl(tx, org) } : null;
    });
    if (!found) throw new Error(`Delivery ${deliveryId} not found`);
    const { row, baseUrl } = found;

    if (kind === 'delivered') {
      await enqueueEmail({
        to: row.email,
        subject: `${org.name}: order ${row.orderNumber} was delivered`,
        template: 'delivery-delivered',
        body: createElement(DeliveryDeliveredEmail, {
          storeName: org.name,
          orderNumber: row.orderNumber,
          courierFirstName: row.courierFirstName,
          // Works for guests too: the tracking page with a sealed grant to rate this delivery.
          rateUrl: `${baseUrl}/track/${encodeURIComponent(row.trackingNumber)}?rate=${encodeURIComponent(ratingToken(org.id, deliveryId))}`,
        }),
      });
      return;
    }
    const newCode = kind === 'code';
    await enqueueEmail({
      to: row.email,
      subject: `${org.name}: ${newCode ? `your new delivery code for order ${row.orderNumber}` : `your order ${row.orderNumber} is on its way`}`,
      template: 'delivery-dispatched',
      body: createElement(DeliveryDispatchedEmail, {
        storeName: org.name,
        orderNumber: row.orderNumber,
        courierFirstName: row.courierFirstName,
        estimatedAt: row.estimatedDeliveryAt ? formatDateTime(row.estimatedDeliveryAt, row.timeZone) : null,
        cashDue: row.codAmount > 0 ? formatMoney(row.codAmount, row.currency, row.locale) : null,
        otp,
        trackingUrl: `${baseUrl}/track/${encodeURIComponent(row.trackingNumber)}`,
        newCode,
      }),
    });
  } catch (e) {
    console.error(`Could not queue the ${kind} email for delivery ${deliveryId}`, e);
  }
}
