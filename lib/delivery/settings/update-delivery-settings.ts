import { eq } from 'drizzle-orm';
import { deliverySettings } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { DEFAULT_DELIVERY_SETTINGS } from '@/lib/delivery/deliveries/delivery-settings';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import type { DeliverySettingsInput } from './schemas';

/**
 * Settings → Delivery: the proof a courier must give at the door, whether packing an order
 * opens its delivery, and how many wrong codes are allowed. Applies to deliveries from now on
 * (a code already sent keeps counting against the new limit).
 */
export async function updateDeliverySettings(ctx: OrgContext, input: DeliverySettingsInput) {
  requirePermission(ctx, 'delivery.manage');
  const orgId = ctx.org.id;
  return ctx.tx(async (tx) => {
    const [existing] = await tx.select().from(deliverySettings).where(eq(deliverySettings.organizationId, orgId)).for('update');
    const next = { proofRequirement: input.proofRequirement, createOnPacked: input.createOnPacked, otpMaxAttempts: input.otpMaxAttempts };
    const before: typeof next = existing ?? { ...DEFAULT_DELIVERY_SETTINGS };
    const { oldValues, newValues, changed } = diff(before, next);
    if (existing && !changed) return { changed: false };
    const [row] = await tx
      .insert(deliverySettings)
      .values({ organizationId: orgId, ...next })
      .onConflictDoUpdate({ target: deliverySettings.organizationId, set: { ...next, updatedAt: new Date() } })
      .returning({ id: deliverySettings.id });
    await recordAudit(tx, ctx.actor, {
      organizationId: orgId,
      action: 'delivery_settings.updated',
      entityType: 'delivery_settings',
      entityId: row!.id,
      oldValues,
      newValues,
    });
    return { changed: true };
  });
}
