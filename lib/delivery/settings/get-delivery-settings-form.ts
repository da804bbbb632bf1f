import 'server-only';
import { eq } from 'drizzle-orm';
import { deliverySettings } from '@/db/schema';
import { getDeliverySettings } from '@/lib/delivery/deliveries/delivery-settings';
import { requirePermission, type OrgContext } from '@/lib/server/context';

/** Settings → Delivery: the organization's delivery rules (the defaults until saved) and when they were last saved. */
export async function getDeliverySettingsForm(ctx: OrgContext) {
  requirePermission(ctx, 'delivery.manage');
  return ctx.tx(async (tx) => {
    const settings = await getDeliverySettings(tx, ctx.org.id);
    const [saved] = await tx.select({ updatedAt: deliverySettings.updatedAt }).from(deliverySettings).where(eq(deliverySettings.organizationId, ctx.org.id));
    return { ...settings, savedAt: saved?.updatedAt ?? null };
  });
}
