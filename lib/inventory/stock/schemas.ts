import { z } from 'zod';

/** Why stock was added, removed or counted; stored as the code, optionally followed by ": note". */
export const ADJUSTMENT_REASONS = ['received', 'damaged', 'lost', 'stocktake', 'returned', 'other'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

export const ADJUST_MODES = ['add', 'remove', 'set'] as const;
export type AdjustMode = (typeof ADJUST_MODES)[number];

/** More than any shelf holds; keeps sums far inside a 32-bit integer. */
export const MAX_UNITS = 1_000_000;

const Id = (message: string) => z.string().trim().min(1, message).max(64);

/**
 * A whole number of units from a form field (a string) or JSON (a number). An empty field is
 * an error, not 0: "set the count to nothing" must never become "set it to zero".
 */
function units(label: string) {
  return z.union([z.number(), z.string().trim()]).transform((value, ctx) => {
    if (value === '') {
      ctx.addIssue({ code: 'custom', message: `Enter ${label}.` });
      return z.NEVER;
    }
    const n = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < 0) {
      ctx.addIssue({ code: 'custom', message: `Enter ${label} as a whole number, 0 or more.` });
      return z.NEVER;
    }
    if (n > MAX_UNITS) {
      ctx.addIssue({ code: 'custom', message: `Enter at most ${MAX_UNITS.toLocaleString('en')}.` });
      return z.NEVER;
    }
    return n;
  });
}

/** Like `units`, but an empty field means "not set". */
function optionalUnits(label: string) {
  return z.union([z.null(), z.literal(''), units(label)]).transform((v) => (v === '' || v === null ? null : v));
}

const note = z.string().trim().max(200, 'Use at most 200 characters.').optional().default('');
const reference = z.string().trim().max(100, 'Use at most 100 characters.').optional().default('');

export const AdjustStockInput = z
  .object({
    variantId: Id('Choose a variant.'),
    warehouseId: Id('Choose a warehouse.'),
    mode: z.enum(ADJUST_MODES, { error: 'Choose what to do.' }),
    quantity: units('the quantity'),
    reason: z.union([z.literal(''), z.enum(ADJUSTMENT_REASONS, { error: 'Choose a reason from the list.' })]).optional().default(''),
    note,
    reference,
  })
  .superRefine((input, ctx) => {
    if (input.mode !== 'set' && input.quantity === 0) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'Enter a quantity of at least 1.' });
    }
    if (input.mode !== 'add' && !input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Choose a reason.' });
    }
    if (input.reason === 'other' && !input.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say what happened.' });
    }
  });
export type AdjustStockInput = z.infer<typeof AdjustStockInput>;

export const TransferStockInput = z
  .object({
    variantId: Id('Choose a variant.'),
    fromWarehouseId: Id('Choose the warehouse to move stock from.'),
    toWarehouseId: Id('Choose the warehouse to move stock to.'),
    quantity: units('the quantity'),
    note,
    reference,
  })
  .superRefine((input, ctx) => {
    if (input.quantity === 0) ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'Enter a quantity of at least 1.' });
    if (input.fromWarehouseId && input.fromWarehouseId === input.toWarehouseId) {
      ctx.addIssue({ code: 'custom', path: ['toWarehouseId'], message: 'Choose a different warehouse to move stock to.' });
    }
  });
export type TransferStockInput = z.infer<typeof TransferStockInput>;

export const SetStockLevelsInput = z
  .object({
    variantId: Id('Choose a variant.'),
    warehouseId: Id('Choose a warehouse.'),
    reorderLevel: units('the reorder level'),
    maxLevel: optionalUnits('the maximum level'),
  })
  .superRefine((input, ctx) => {
    if (input.maxLevel !== null && input.maxLevel < input.reorderLevel) {
      ctx.addIssue({ code: 'custom', path: ['maxLevel'], message: 'The maximum level must be at least the reorder level.' });
    }
  });
export type SetStockLevelsInput = z.infer<typeof SetStockLevelsInput>;

/** What a movement's `reason` column holds for an adjustment: "damaged" or "damaged: dropped by courier". */
export function reasonText(reason: AdjustmentReason | '', noteText: string): string | null {
  if (!reason) return noteText || null;
  return noteText ? `${reason}: ${noteText}` : reason;
}
