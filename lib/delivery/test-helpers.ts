import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, deliveryTariffs, deliveryZones } from '@/db/schema';
import { CreateZoneInput } from './zones/schemas';
import { TariffFields } from './tariffs/schemas';

/** Rows read past RLS, for asserting what a verb did (tests only). */
export async function zoneRow(id: string) {
  const [row] = await withPlatform((tx) => tx.select().from(deliveryZones).where(eq(deliveryZones.id, id)));
  return row!;
}

export async function tariffRow(id: string) {
  const [row] = await withPlatform((tx) => tx.select().from(deliveryTariffs).where(eq(deliveryTariffs.id, id)));
  return row!;
}

export async function auditActions(entityId: string) {
  const rows = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, entityId)).orderBy(auditLogs.createdAt));
  return rows.map((r) => r.action);
}

export const zoneInput = (overrides: Partial<CreateZoneInput> = {}) =>
  CreateZoneInput.parse({ name: 'Centre', description: '', city: 'Tashkent', districts: [], postalCodes: [], isActive: true, ...overrides });

export const tariffFields = (overrides: Partial<ReturnType<typeof TariffFields.parse>> = {}) =>
  TariffFields.parse({ name: 'Standard', baseCost: '5', costPerKg: '', minOrderAmount: '', freeDeliveryThreshold: '', estimatedHours: '', isActive: true, ...overrides });
