import { z } from 'zod';

const Id = z.string().trim().min(1).max(64);

/** The amount is a decimal string in the order's currency ("12.50"); the verb parses it exactly. */
export const RefundOrderInput = z.object({
  orderId: Id,
  paymentId: Id,
  amount: z.string().trim().min(1, 'Enter the amount to refund.').max(32, 'Enter an amount like 12.50.'),
  reason: z.string().trim().min(1, 'Say why the money is given back (shown in the order history).').max(500, 'Use at most 500 characters.'),
});
export type RefundOrderInput = z.infer<typeof RefundOrderInput>;
