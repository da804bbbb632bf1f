import { z } from 'zod';
import { ORDER_STATUSES } from '@/db/schema/values';

/** Inputs of the dashboard's order verbs, shared by their forms and actions. */
const Id = z.string().trim().min(1).max(64);

export const MAX_REASON_LENGTH = 500;
export const MAX_NOTE_LENGTH = 2000;

export const CANCEL_REASON_REQUIRED = 'Say why the order is cancelled.';

export const UpdateOrderStatusInput = z
  .object({
    orderId: Id,
    to: z.enum(ORDER_STATUSES),
    /** The status the page showed: a click on a page that was open for a while is refused, not applied. */
    expectedFrom: z.enum(ORDER_STATUSES),
    reason: z
      .string()
      .trim()
      .max(MAX_REASON_LENGTH, `Use at most ${MAX_REASON_LENGTH} characters.`)
      .nullish()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.to === 'cancelled' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: CANCEL_REASON_REQUIRED });
  });
export type UpdateOrderStatusInput = z.output<typeof UpdateOrderStatusInput>;

export const AddOrderNoteInput = z.object({
  orderId: Id,
  body: z.string().trim().min(1, 'Write the note first.').max(MAX_NOTE_LENGTH, `Use at most ${MAX_NOTE_LENGTH} characters.`),
});
export type AddOrderNoteInput = z.output<typeof AddOrderNoteInput>;
