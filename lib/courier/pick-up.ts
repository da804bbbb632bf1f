import 'server-only';
import type { CourierContext } from './context';
import { changeMyDeliveryStatus } from './change-my-delivery-status';
import type { DeliveryIdInput } from './schemas';

/** The parcel is in the courier's hands: the order is out for delivery and the shopper gets their code. */
export const pickUp = (cc: CourierContext, { deliveryId }: DeliveryIdInput) =>
  changeMyDeliveryStatus(cc, { deliveryId, to: 'dispatched', expectedFrom: 'processing' });
