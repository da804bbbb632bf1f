import 'server-only';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { warehouses } from '@/db/schema';

/** The warehouses that get a `stock:` column, the default one first. */
export function loadCsvWarehouses(tx: Tx, orgId: string) {
  return tx
    .select({ id: warehouses.id, code: warehouses.code, name: warehouses.name })
    .from(warehouses)
    .where(and(eq(warehouses.organizationId, orgId), isNull(warehouses.deletedAt)))
    .orderBy(desc(warehouses.isDefault), asc(warehouses.name));
}
