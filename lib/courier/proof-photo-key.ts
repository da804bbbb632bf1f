import { randomBytes } from 'node:crypto';

/**
 * Proof-of-delivery photos live under their own root, never under `orgs/`: the public file
 * route refuses this prefix, and only the dashboard's proof route (deliveries.view) reads them.
 */
export const PROOF_PHOTO_PREFIX = 'delivery-proofs/';

export const proofPhotoKey = (orgId: string) => `${PROOF_PHOTO_PREFIX}${orgId}/${randomBytes(12).toString('hex')}.webp`;
