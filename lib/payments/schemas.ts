import { z } from 'zod';

const Id = z.string().trim().min(1).max(64);

export const MarkPaymentReceivedInput = z.object({
  orderId: Id,
  paymentId: Id,
  /** The bank's reference for the transfer, if staff want to keep it. */
  reference: z
    .string()
    .trim()
    .max(200, 'Use at most 200 characters.')
    .optional()
    .transform((v) => v || null),
});
export type MarkPaymentReceivedInput = z.infer<typeof MarkPaymentReceivedInput>;
