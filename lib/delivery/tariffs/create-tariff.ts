import { and, eq, isNull, sql } from 'drizzle-orm';
import { deliveryTariffs } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { lockZone } from '../zones/internal';
import { tariffColumns } from './internal';
import type { CreateTariffInput } from './schemas';

/** Adds a delivery option to a zone, priced in the organization's currency, after its others. */
export async function createTariff(ctx: OrgContext, { zoneId, ...input }: CreateTariffInput) {
  requirePermission(ctx, 'delivery.manage');
  const currency = ctx.org.defaultCurrency;
  const columns = tariffColumns(input, currency);
  return ctx.tx(async (tx) => {
    const zone = await lockZone(tx, ctx.org.id, zoneId);
    const [{ next } = { next: 0 }] = await tx
      .select({ next: sql<number>`coalesce(max(${deliveryTariffs.sortOrder}) + 1, 0)::int` })
      .from(deliveryTariffs)
      .where(and(eq(deliveryTariffs.organizationId, ctx.org.id), eq(deliveryTariffs.zoneId, zone.id), isNull(deliveryTariffs.deletedAt)));
    const [row] = await tx
      .insert(deliveryTariffs)
      .values({ organizationId: ctx.org.id, zoneId: zone.id, ...columns, currency, sortOrder: next })
      .returning({ id: deliveryTariffs.id, name: deliveryTariffs.name });
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'delivery_tariff.created',
      entityType: 'delivery_tariff',
      entityId: row!.id,
      newValues: { zoneId: zone.id, zone: zone.name, ...columns, currency },
    });
    return row!;
  });
}
