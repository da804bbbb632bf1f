'use server';

import { z } from 'zod';
import { courierAction } from './action';
import { claim } from './claim';
import { deliver } from './deliver';
import { failAttempt } from './fail-attempt';
import { pickUp } from './pick-up';
import { returnToStore } from './return-to-store';
import { DeliverInput, DeliveryIdInput, FailAttemptInput, ReturnToStoreInput, SetOnlineInput, UploadProofPhotoInput } from './schemas';
import { setOnline } from './set-online';
import { start } from './start';
import { uploadProofPhoto } from './upload-proof-photo';

export const setOnlineAction = courierAction(SetOnlineInput, setOnline);
export const claimDeliveryAction = courierAction(DeliveryIdInput, claim);
export const startDeliveryAction = courierAction(DeliveryIdInput, start);
export const pickUpDeliveryAction = courierAction(DeliveryIdInput, pickUp);
export const deliverAction = courierAction(DeliverInput, deliver);
export const failAttemptAction = courierAction(FailAttemptInput, failAttempt);
export const returnToStoreAction = courierAction(ReturnToStoreInput, returnToStore);

/** The photo form posts FormData (a File cannot travel inside a plain object). */
const ProofPhotoFormData = z
  .instanceof(FormData)
  .transform((form) => ({ deliveryId: form.get('deliveryId'), file: form.get('file') }))
  .pipe(UploadProofPhotoInput);

export const uploadProofPhotoAction = courierAction(ProofPhotoFormData, uploadProofPhoto);
