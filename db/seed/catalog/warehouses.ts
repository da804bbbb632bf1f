import { eq } from 'drizzle-orm';
import { withOrg } from '../../scope';
import { warehouses, type Organization } from '../../schema';
import type { WarehouseSpec } from './types';

/** The demo warehouses, found by name among the live ones and written where missing; the first is the default if none is. */
export async function ensureWarehouses(org: Organization, specs: WarehouseSpec[]) {
  return withOrg(org.id, async (tx) => {
    const existing = await tx.select().from(warehouses).where(eq(warehouses.organizationId, org.id));
    const hasDefault = existing.some((w) => w.isDefault && !w.deletedAt);
    const rows: (typeof warehouses.$inferSelect)[] = [];
    for (const [i, spec] of specs.entries()) {
      const found = existing.find((w) => w.name.toLowerCase() === spec.name.toLowerCase() && !w.deletedAt);
      const values = { organizationId: org.id, ...spec, email: `stock@${org.slug}.test`, isDefault: i === 0 && !hasDefault };
      rows.push(found ?? (await tx.insert(warehouses).values(values).returning())[0]!);
    }
    return rows;
  });
}
