import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict } from '@/lib/server/errors';
import { enqueueDeliveryEmail } from '../notifications/delivery-emails';
import { getDeliverySettings, usesOtp } from '../deliveries/delivery-settings';
import { writeDeliveryHistory } from '../deliveries/history';
import { lockDelivery } from '../deliveries/lock-delivery';
import { issueDeliveryOtp } from '../deliveries/otp';

/** A shopper who lost the email (or locked the code with wrong tries) can get a new one, but not every few seconds. */
export const RESEND_CODE_INTERVAL_MS = 60_000;

/**
 * Sends the shopper a new delivery code while the parcel is out for delivery: the old code stops
 * working and the wrong tries start over. The code itself never reaches the dashboard.
 */
export async function resendDeliveryCode(ctx: OrgContext, deliveryId: string, now: Date = new Date()): Promise<{ id: string; sentAt: Date }> {
  requirePermission(ctx, 'deliveries.manage');
  const { id, otp } = await ctx.tx(async (tx) => {
    const delivery = await lockDelivery(tx, ctx.org.id, deliveryId);
    if (delivery.status !== 'dispatched') throw conflict(`Delivery ${delivery.trackingNumber} is not out for delivery, so it has no code to send.`);
    const { proofRequirement } = await getDeliverySettings(tx, ctx.org.id);
    if (!usesOtp(proofRequirement)) throw conflict('Your store does not use delivery codes.');
    if (delivery.otpSentAt && now.getTime() - delivery.otpSentAt.getTime() < RESEND_CODE_INTERVAL_MS) {
      throw conflict('A code was sent less than a minute ago. Give the shopper a moment to find it.');
    }
    const code = await issueDeliveryOtp(tx, ctx.org.id, delivery.id, now);
    await writeDeliveryHistory(tx, ctx.org.id, {
      deliveryId: delivery.id,
      event: 'code_sent',
      fromStatus: 'dispatched',
      toStatus: 'dispatched',
      courierId: delivery.courierId,
      notes: 'A new code was sent to the shopper',
      actor: { type: 'staff', userId: ctx.actor.userId },
    });
    await recordAudit(tx, ctx.actor, { organizationId: ctx.org.id, action: 'delivery.code_resent', entityType: 'delivery', entityId: delivery.id });
    return { id: delivery.id, otp: code };
  });
  await enqueueDeliveryEmail('code', { org: ctx.org, deliveryId: id, otp });
  return { id, sentAt: now };
}
