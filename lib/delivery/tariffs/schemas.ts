import { z } from 'zod';
import { amountIssues, decimalText } from '@/lib/money/decimal-input';

const Id = z.string().trim().min(1, 'Missing id.').max(64);

/** Money fields typed as decimals in the organization's currency; verbs turn them into minor units. */
export const TARIFF_AMOUNT_FIELDS = ['baseCost', 'costPerKg', 'minOrderAmount', 'freeDeliveryThreshold'] as const;

export const TariffFields = z.object({
  name: z.string().trim().min(1, 'Enter a name, e.g. Standard or Express.').max(60, 'Use at most 60 characters.'),
  baseCost: decimalText('Enter the base cost (0 for free delivery).'),
  costPerKg: decimalText(),
  minOrderAmount: decimalText(),
  freeDeliveryThreshold: decimalText(),
  estimatedHours: z
    .string()
    .trim()
    .refine((v) => v === '' || (/^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 2000), 'Enter whole hours between 1 and 2000.'),
  isActive: z.boolean(),
});

export const CreateTariffInput = TariffFields.extend({ zoneId: Id });
export type CreateTariffInput = z.output<typeof CreateTariffInput>;

export const UpdateTariffInput = TariffFields.extend({ tariffId: Id });
export type UpdateTariffInput = z.output<typeof UpdateTariffInput>;

export const TariffIdInput = z.object({ tariffId: Id });
export type TariffIdInput = z.output<typeof TariffIdInput>;

export const SetTariffActiveInput = z.object({ tariffId: Id, isActive: z.boolean() });
export type SetTariffActiveInput = z.output<typeof SetTariffActiveInput>;

/** The tariff dialog's schema: the same fields, with amounts checked against the currency's decimals. */
export function tariffFormSchema(currency: string) {
  return TariffFields.superRefine(amountIssues(TARIFF_AMOUNT_FIELDS, currency));
}
export type TariffFormValues = z.input<typeof TariffFields>;
