import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { warehouses, type WarehouseAddress } from '@/db/schema';
import { conflict, notFound } from '@/lib/server/errors';
import { isUniqueViolation } from '@/db/errors';
import { NAME_TAKEN, type CreateWarehouseInput } from './schemas';
import { coordinateValue } from '@/lib/delivery/zones/coordinates';

/** The form's values as columns: empty strings are "not set" (null), the address keeps only what was given. */
export function warehouseColumns(input: CreateWarehouseInput) {
  const address: WarehouseAddress = {};
  for (const [key, value] of Object.entries(input.address) as [keyof WarehouseAddress, string][]) {
    if (value) address[key] = value;
  }
  return {
    name: input.name,
    code: input.code || null,
    address,
    latitude: coordinateValue(input.latitude),
    longitude: coordinateValue(input.longitude),
    contactPerson: input.contactPerson || null,
    phone: input.phone || null,
    email: input.email ? input.email.toLowerCase() : null,
  };
}

/** The warehouse row, locked for this transaction (changes to one warehouse queue). */
export async function lockWarehouse(tx: Tx, orgId: string, id: string) {
  const [row] = await tx
    .select()
    .from(warehouses)
    .where(and(eq(warehouses.organizationId, orgId), eq(warehouses.id, id), isNull(warehouses.deletedAt)))
    .for('update');
  if (!row) throw notFound('Warehouse');
  return row;
}

/** Every warehouse of the organization, locked in id order so parallel callers queue instead of deadlocking. */
export function lockAllWarehouses(tx: Tx, orgId: string) {
  return tx
    .select()
    .from(warehouses)
    .where(and(eq(warehouses.organizationId, orgId), isNull(warehouses.deletedAt)))
    .orderBy(asc(warehouses.id))
    .for('update');
}

/** The unique index on lower(name) is the race-safe check; it becomes a field error. */
export function nameConflict(e: unknown): unknown {
  return isUniqueViolation(e, 'warehouses_org_name_key') ? conflict(NAME_TAKEN, { name: [NAME_TAKEN] }) : e;
}
