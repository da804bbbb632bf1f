import { and, eq } from 'drizzle-orm';
import { isDeadlock } from '@/db/errors';
import { deliveryZones } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict, notFound } from '@/lib/server/errors';
import { lockZonesInOrder } from './internal';
import type { MoveZoneInput } from './schemas';

const BUSY = 'The zones were being reordered by someone else at the same time. Try again.';

/**
 * One step up or down (the arrow buttons): the first matching zone wins at checkout, so the
 * order matters. Zones are renumbered 0, 1, 2, … so equal sort orders cannot stall a move.
 */
export async function moveZone(ctx: OrgContext, input: MoveZoneInput) {
  requirePermission(ctx, 'delivery.manage');
  try {
    return await ctx.tx(async (tx) => {
      const zones = await lockZonesInOrder(tx, ctx.org.id);
      const from = zones.findIndex((z) => z.id === input.zoneId);
      if (from === -1) throw notFound('Delivery zone');
      const to = input.direction === 'up' ? from - 1 : from + 1;
      if (to < 0 || to >= zones.length) return { moved: false, position: from };
      const order = [...zones];
      [order[from], order[to]] = [order[to]!, order[from]!];
      for (const [i, zone] of order.entries()) {
        if (zone.sortOrder !== i) {
          await tx.update(deliveryZones).set({ sortOrder: i }).where(and(eq(deliveryZones.organizationId, ctx.org.id), eq(deliveryZones.id, zone.id)));
        }
      }
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'delivery_zone.reordered',
        entityType: 'delivery_zone',
        entityId: input.zoneId,
        oldValues: { name: zones[from]!.name, position: from + 1 },
        newValues: { name: zones[from]!.name, position: to + 1 },
      });
      return { moved: true, position: to };
    });
  } catch (e) {
    if (isDeadlock(e)) throw conflict(BUSY);
    throw e;
  }
}
