import { and, eq } from 'drizzle-orm';
import { couriers } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { parseAmounts } from '@/lib/money/decimal-input';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { invalid, notFound } from '@/lib/server/errors';
import type { UpdateCourierProfileInput } from './schemas';

/**
 * Phone, vehicle, active flag and fee per delivery of a courier (the fee in the courier's
 * currency; it applies to deliveries completed from now on). Only what changed is audited.
 */
export async function updateCourierProfile(ctx: OrgContext, { courierId, ...input }: UpdateCourierProfileInput) {
  requirePermission(ctx, 'couriers.manage');
  return ctx.tx(async (tx) => {
    const [before] = await tx
      .select()
      .from(couriers)
      .where(and(eq(couriers.organizationId, ctx.org.id), eq(couriers.id, courierId)))
      .for('update');
    if (!before) throw notFound('Courier');
    const { values, problems, ok } = parseAmounts(input, ['feePerDelivery'] as const, before.currency);
    if (!ok) throw invalid('Please correct the highlighted fields.', problems);
    const next = { phone: input.phone || null, vehicleType: input.vehicleType, isActive: input.isActive, feePerDelivery: values.feePerDelivery ?? 0 };
    const { oldValues, newValues, changed } = diff(before, next);
    if (!changed) return { id: before.id, changed: false };
    await tx.update(couriers).set({ ...next, updatedAt: new Date() }).where(and(eq(couriers.organizationId, ctx.org.id), eq(couriers.id, before.id)));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'courier.updated',
      entityType: 'courier',
      entityId: before.id,
      oldValues,
      newValues,
    });
    return { id: before.id, changed: true };
  });
}
