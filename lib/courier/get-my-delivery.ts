import 'server-only';
import { and, eq } from 'drizzle-orm';
import { deliveries, orders } from '@/db/schema';
import { getDeliverySettings, usesOtp } from '@/lib/delivery/deliveries/delivery-settings';
import { latLng } from '@/lib/delivery/deliveries/geo';
import { missingProof } from '@/lib/delivery/deliveries/proof';
import { isLate } from '@/lib/delivery/deliveries/transitions';
import { requirePermission } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import type { CourierContext } from './context';
import { joinOrder } from './internal';

/** One of the courier's own deliveries, with what the door needs (proof rule, code state); NotFound for anyone else's. */
export async function getMyDelivery(cc: CourierContext, deliveryId: string, now: Date = new Date()) {
  requirePermission(cc, 'courier.work');
  return cc.tx(async (tx) => {
    const [row] = await tx
      .select({ delivery: deliveries, orderNumber: orders.number, paymentMethod: orders.paymentMethod })
      .from(deliveries)
      .innerJoin(orders, joinOrder)
      .where(and(eq(deliveries.organizationId, cc.org.id), eq(deliveries.id, deliveryId), eq(deliveries.courierId, cc.courier.id)));
    if (!row) throw notFound('Delivery');
    const settings = await getDeliverySettings(tx, cc.org.id);
    const { otpHash, ...d } = row.delivery;
    return {
      delivery: d,
      orderNumber: row.orderNumber,
      paymentMethod: row.paymentMethod,
      pickup: latLng(d.pickupLatitude, d.pickupLongitude),
      dropoff: latLng(d.dropoffLatitude, d.dropoffLongitude),
      late: isLate(d, now),
      proof: {
        requirement: settings.proofRequirement,
        /** What is still missing for "Delivered", or null. */
        missing: missingProof(settings.proofRequirement, d),
        asksCode: usesOtp(settings.proofRequirement),
        asksPhoto: settings.proofRequirement !== 'none' && settings.proofRequirement !== 'otp',
        codeSent: otpHash !== null,
        codeVerified: d.otpVerifiedAt !== null,
        codeTriesLeft: Math.max(0, settings.otpMaxAttempts - d.otpAttempts),
        hasPhoto: d.proofPhotoKey !== null,
      },
    };
  });
}

export type MyDelivery = Awaited<ReturnType<typeof getMyDelivery>>;
