import { z } from 'zod';
import { DELIVERY_PROOF_REQUIREMENTS } from '@/db/schema/values';

/** Client-safe: Settings → Delivery. */
export const MIN_OTP_ATTEMPTS = 1;
export const MAX_OTP_ATTEMPTS = 10;

export const DeliverySettingsInput = z.object({
  proofRequirement: z.enum(DELIVERY_PROOF_REQUIREMENTS, { error: 'Choose what a courier must show at the door.' }),
  createOnPacked: z.boolean(),
  otpMaxAttempts: z.coerce
    .number({ error: 'Enter a number of attempts.' })
    .int('Enter a whole number of attempts.')
    .min(MIN_OTP_ATTEMPTS, `Allow at least ${MIN_OTP_ATTEMPTS} attempt.`)
    .max(MAX_OTP_ATTEMPTS, `Allow at most ${MAX_OTP_ATTEMPTS} attempts.`),
});
export type DeliverySettingsInput = z.output<typeof DeliverySettingsInput>;
export type DeliverySettingsFormValues = z.input<typeof DeliverySettingsInput>;

/** Whether a proof rule sends the shopper a code (client-safe twin of the server's usesOtp). */
export const requirementUsesCode = (r: DeliverySettingsInput['proofRequirement']) => r !== 'none' && r !== 'photo';

/** A sentence under each choice of the proof radio group. */
export const PROOF_REQUIREMENT_EXPLANATIONS: Record<DeliverySettingsInput['proofRequirement'], string> = {
  none: 'The courier marks the parcel delivered with one tap. Quickest, but nothing shows who received it.',
  otp: 'The shopper gets a 6-digit code by email when the parcel leaves; the courier types it in at the door.',
  photo: 'The courier takes a photo of the parcel at the door before marking it delivered.',
  otp_or_photo: 'The code when the shopper has it; otherwise a photo at the door is enough.',
  otp_and_photo: 'Both the shopper’s code and a photo at the door. The strongest proof, and the slowest.',
};
