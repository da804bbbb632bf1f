import type { DELIVERY_PROOF_REQUIREMENTS } from '@/db/schema/values';

type DeliveryProofRequirement = (typeof DELIVERY_PROOF_REQUIREMENTS)[number];

type ProofState = { otpVerifiedAt: Date | null; proofPhotoKey: string | null };

/** Client-safe: what proof of delivery is still missing under the store's rule, or null when it is all there. */
export function missingProof(requirement: DeliveryProofRequirement, d: ProofState): string | null {
  const code = d.otpVerifiedAt !== null;
  const photo = d.proofPhotoKey !== null;
  switch (requirement) {
    case 'none':
      return null;
    case 'otp':
      return code ? null : "Enter the shopper's delivery code.";
    case 'photo':
      return photo ? null : 'Take a photo of the parcel at the door.';
    case 'otp_or_photo':
      return code || photo ? null : "Enter the shopper's delivery code or take a photo of the parcel at the door.";
    case 'otp_and_photo':
      if (!code && !photo) return "Enter the shopper's delivery code and take a photo of the parcel at the door.";
      return code ? (photo ? null : 'Take a photo of the parcel at the door.') : "Enter the shopper's delivery code.";
  }
}

export const PROOF_REQUIREMENT_LABELS: Record<DeliveryProofRequirement, string> = {
  none: 'No proof',
  otp: "The shopper's one-time code",
  photo: 'A photo at the door',
  otp_or_photo: 'The code or a photo',
  otp_and_photo: 'The code and a photo',
};
