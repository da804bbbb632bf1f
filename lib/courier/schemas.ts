import { z } from 'zod';
import { IMAGE_MAX_BYTES, IMAGE_TOO_LARGE } from '@/lib/storage/image-limits';

/** Client-safe: the courier's inputs, shared by the forms, the actions and the location route. */
const DeliveryId = z.string().trim().min(1, 'Missing delivery.').max(64);

export const Latitude = z.number().finite().min(-90).max(90);
export const Longitude = z.number().finite().min(-180).max(180);
/** Where the phone was when the courier pressed the button (when it could tell). */
const Location = z.object({ latitude: Latitude, longitude: Longitude }).nullish();

export const DeliveryIdInput = z.object({ deliveryId: DeliveryId });
export type DeliveryIdInput = z.output<typeof DeliveryIdInput>;

export const SetOnlineInput = z.object({ online: z.boolean() });
export type SetOnlineInput = z.output<typeof SetOnlineInput>;

export const DELIVERY_CODE_LENGTH = 6;
export const DeliverInput = z.object({
  deliveryId: DeliveryId,
  /** The shopper's code; empty means "no code" (a photo may be the proof). */
  code: z
    .string()
    .trim()
    .transform((v) => v.replace(/\s+/g, ''))
    .refine((v) => v === '' || /^\d{6}$/.test(v), 'The code has 6 digits.')
    .optional()
    .transform((v) => v || undefined),
  location: Location,
});
/** `code` may be left out entirely by callers that have none. */
export type DeliverInput = Omit<z.output<typeof DeliverInput>, 'code'> & { code?: string };

const Reason = z.string().trim().min(3, 'Say what happened (at least 3 characters).').max(500, 'Use at most 500 characters.');

export const FailAttemptInput = z.object({ deliveryId: DeliveryId, reason: Reason, location: Location });
export type FailAttemptInput = z.output<typeof FailAttemptInput>;

export const ReturnToStoreInput = z.object({ deliveryId: DeliveryId, reason: Reason, location: Location });
export type ReturnToStoreInput = z.output<typeof ReturnToStoreInput>;

export const UploadProofPhotoInput = z.object({
  deliveryId: DeliveryId,
  file: z
    .instanceof(File, { message: 'Take or choose a photo.' })
    .refine((f) => f.size > 0, 'That photo is empty.')
    .refine((f) => f.size <= IMAGE_MAX_BYTES, IMAGE_TOO_LARGE),
});
export type UploadProofPhotoInput = z.output<typeof UploadProofPhotoInput>;

export const MAX_LOCATION_POINTS = 50;
export const LocationPoint = z.object({
  latitude: Latitude,
  longitude: Longitude,
  /** Metres, as the phone reports it. */
  accuracy: z.number().finite().min(0).max(100_000).nullish(),
  /** The phone's clock (ms since the epoch or an ISO string). */
  recordedAt: z.union([z.number().int().positive(), z.iso.datetime({ offset: true })]).transform((v) => new Date(v)),
});
export type LocationPoint = z.output<typeof LocationPoint>;

export const RecordLocationInput = z.object({
  points: z.array(LocationPoint).min(1, 'Send at least one point.').max(MAX_LOCATION_POINTS, `Send at most ${MAX_LOCATION_POINTS} points at a time.`),
});
export type RecordLocationInput = z.output<typeof RecordLocationInput>;
