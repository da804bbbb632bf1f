import 'server-only';
import type { CourierContext } from './context';
import { changeMyDeliveryStatus } from './change-my-delivery-status';
import type { ReturnToStoreInput } from './schemas';

/** The parcel goes back to the store, with the reason; its order is packed again. */
export const returnToStore = (cc: CourierContext, { deliveryId, reason, location }: ReturnToStoreInput) =>
  changeMyDeliveryStatus(cc, { deliveryId, to: 'returned', reason, location });
