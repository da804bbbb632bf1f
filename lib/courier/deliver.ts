import 'server-only';
import { auditDeliveryStatus } from '@/lib/delivery/deliveries/audit-delivery-status';
import { changeDeliveryStatus, type DeliveryStatusResult } from '@/lib/delivery/deliveries/change-delivery-status';
import { getDeliverySettings, usesOtp } from '@/lib/delivery/deliveries/delivery-settings';
import { lockDelivery } from '@/lib/delivery/deliveries/lock-delivery';
import { notifyShopper } from '@/lib/delivery/deliveries/notify-shopper';
import { checkDeliveryOtp, type OtpCheck } from '@/lib/delivery/deliveries/otp';
import { missingProof } from '@/lib/delivery/deliveries/proof';
import { requirePermission } from '@/lib/server/context';
import { conflict, invalid } from '@/lib/server/errors';
import type { CourierContext } from './context';
import type { DeliverInput } from './schemas';

type Outcome = { done: DeliveryStatusResult } | { refused: Exclude<OtpCheck, 'ok'>; triesLeft: number } | { missing: string };

const tries = (n: number) => `${n} ${n === 1 ? 'try' : 'tries'}`;

function codeRefusal(check: Exclude<OtpCheck, 'ok'>, triesLeft: number) {
  const message =
    check === 'wrong'
      ? `That code is not right. ${tries(triesLeft)} left.`
      : check === 'locked'
        ? 'Too many wrong codes. Ask the store to send a new code.'
        : 'No code was sent for this delivery. Ask the store to send one.';
  return invalid(message, { code: [message] });
}

/**
 * The parcel is at the door. A code, when given, is checked first; a wrong one is counted even
 * though the delivery is refused, so the refusal is returned out of the transaction (which
 * commits the attempt) and thrown after it. A right code is kept even when a photo is still
 * missing, so the courier does not have to ask for it again.
 */
export async function deliver(cc: CourierContext, input: DeliverInput) {
  requirePermission(cc, 'courier.work');
  const outcome = await cc.tx(async (tx): Promise<Outcome> => {
    if (input.code) {
      const delivery = await lockDelivery(tx, cc.org.id, input.deliveryId, cc.courier.id);
      if (delivery.status !== 'dispatched') throw conflict(`Delivery ${delivery.trackingNumber} is not out for delivery.`);
      const settings = await getDeliverySettings(tx, cc.org.id);
      if (usesOtp(settings.proofRequirement) || delivery.otpHash) {
        const check = await checkDeliveryOtp(tx, cc.org.id, delivery, input.code, settings.otpMaxAttempts);
        if (check !== 'ok') return { refused: check, triesLeft: Math.max(0, settings.otpMaxAttempts - delivery.otpAttempts) };
        const missing = missingProof(settings.proofRequirement, delivery);
        if (missing) return { missing };
      }
    }
    const done = await changeDeliveryStatus(tx, cc.org.id, {
      deliveryId: input.deliveryId,
      to: 'delivered',
      actor: cc.deliveryActor,
      location: input.location,
      onlyCourierId: cc.courier.id,
    });
    await auditDeliveryStatus(tx, cc.actor, cc.org.id, done);
    return { done };
  });
  if ('refused' in outcome) throw codeRefusal(outcome.refused, outcome.triesLeft);
  if ('missing' in outcome) throw invalid(`Code accepted. ${outcome.missing}`, { proof: [outcome.missing] });
  await notifyShopper(cc.org, outcome.done);
  return { id: outcome.done.delivery.id, status: outcome.done.delivery.status };
}
