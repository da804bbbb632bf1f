import 'server-only';
import type { CourierContext } from './context';
import { changeMyDeliveryStatus } from './change-my-delivery-status';
import type { DeliveryIdInput } from './schemas';

/** The courier sets off to the pick-up point. */
export const start = (cc: CourierContext, { deliveryId }: DeliveryIdInput) =>
  changeMyDeliveryStatus(cc, { deliveryId, to: 'processing', expectedFrom: 'pending' });
