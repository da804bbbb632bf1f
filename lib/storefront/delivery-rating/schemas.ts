import { z } from 'zod';
import { OrderAccessInput } from '@/lib/storefront/orders/schemas';

/** The star rating form: the radio group gives a string, the action may get a number. */
export const DeliveryRatingFields = z.object({
  stars: z.coerce.number({ error: 'Choose from 1 to 5 stars.' }).int('Choose from 1 to 5 stars.').min(1, 'Choose from 1 to 5 stars.').max(5, 'Choose from 1 to 5 stars.'),
  feedback: z
    .string()
    .trim()
    .max(1000, 'Use at most 1000 characters.')
    .optional()
    .transform((v) => v || null),
});
export type DeliveryRatingFields = z.infer<typeof DeliveryRatingFields>;

/** The order page's access, or the sealed grant of the delivered email's rating link. */
export const RatingAccessInput = z.union([OrderAccessInput, z.object({ ratingToken: z.string().min(1).max(512) })]);
export type RatingAccessInput = z.infer<typeof RatingAccessInput>;

export const RateDeliveryInput = DeliveryRatingFields.extend({ access: RatingAccessInput });
export type RateDeliveryInput = z.input<typeof RateDeliveryInput>;
