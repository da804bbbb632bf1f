import { z } from 'zod';
import { amountIssues, decimalText } from '@/lib/money/decimal-input';

/** Client-safe: the hand-in form and the ledger's page size. */
export const CASH_LEDGER_PAGE_SIZE = 20;

export const HandinFields = z.object({
  /** Decimal text in the courier's currency; the verb turns it into minor units. */
  amount: decimalText('Enter the amount handed in.'),
  note: z.string().trim().max(500, 'Use at most 500 characters.'),
});

export const RecordHandinInput = HandinFields.extend({ courierId: z.string().trim().min(1, 'Missing courier.').max(64) });
export type RecordHandinInput = z.output<typeof RecordHandinInput>;
export type HandinFormValues = z.input<typeof HandinFields>;

/** The hand-in form's schema: the amount is also checked against the currency's decimals. */
export function handinFormSchema(currency: string) {
  return HandinFields.superRefine(amountIssues(['amount'] as const, currency));
}
