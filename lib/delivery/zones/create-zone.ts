import { and, eq, isNull, sql } from 'drizzle-orm';
import { deliveryZones } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { zoneColumns } from './internal';
import type { CreateZoneInput } from './schemas';

/** Adds a delivery zone after the existing ones (it is matched last until moved up). */
export async function createZone(ctx: OrgContext, input: CreateZoneInput) {
  requirePermission(ctx, 'delivery.manage');
  const columns = zoneColumns(input);
  return ctx.tx(async (tx) => {
    const [{ next } = { next: 0 }] = await tx
      .select({ next: sql<number>`coalesce(max(${deliveryZones.sortOrder}) + 1, 0)::int` })
      .from(deliveryZones)
      .where(and(eq(deliveryZones.organizationId, ctx.org.id), isNull(deliveryZones.deletedAt)));
    const [row] = await tx
      .insert(deliveryZones)
      .values({ organizationId: ctx.org.id, ...columns, sortOrder: next })
      .returning({ id: deliveryZones.id, name: deliveryZones.name });
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'delivery_zone.created',
      entityType: 'delivery_zone',
      entityId: row!.id,
      newValues: columns,
    });
    return row!;
  });
}
