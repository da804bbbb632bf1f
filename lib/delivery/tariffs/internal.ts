import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { deliveryTariffs, deliveryZones } from '@/db/schema';
import { invalid, notFound } from '@/lib/server/errors';
import { parseAmounts } from '@/lib/money/decimal-input';
import { TARIFF_AMOUNT_FIELDS, type CreateTariffInput } from './schemas';

/** The live tariff of a live zone, locked for this transaction, or NotFound. */
export async function lockTariff(tx: Tx, orgId: string, tariffId: string) {
  const [row] = await tx
    .select({ tariff: deliveryTariffs })
    .from(deliveryTariffs)
    .innerJoin(deliveryZones, and(eq(deliveryZones.organizationId, deliveryTariffs.organizationId), eq(deliveryZones.id, deliveryTariffs.zoneId)))
    .where(and(eq(deliveryTariffs.organizationId, orgId), eq(deliveryTariffs.id, tariffId), isNull(deliveryTariffs.deletedAt), isNull(deliveryZones.deletedAt)))
    .for('update', { of: deliveryTariffs });
  if (!row) throw notFound('Delivery tariff');
  return row.tariff;
}

/** The form's values as columns, money in minor units of `currency`; a bad amount is a field error. */
export function tariffColumns(input: Omit<CreateTariffInput, 'zoneId'>, currency: string) {
  const { values, problems, ok } = parseAmounts(input, TARIFF_AMOUNT_FIELDS, currency);
  if (!ok) throw invalid('Please correct the highlighted fields.', problems);
  return {
    name: input.name,
    baseCost: values.baseCost ?? 0,
    costPerKg: values.costPerKg ?? 0,
    minOrderAmount: values.minOrderAmount ?? 0,
    freeDeliveryThreshold: values.freeDeliveryThreshold,
    estimatedHours: input.estimatedHours ? Number(input.estimatedHours) : null,
    isActive: input.isActive,
  };
}
