import { eq } from 'drizzle-orm';
import { withOrg } from '../../scope';
import { checkoutSettings, type Organization } from '../../schema';
import type { CheckoutDemo } from './types';

/** The organization's checkout settings row, written when it has none (an existing one is the merchant's). */
export async function ensureCheckoutSettings(org: Organization, spec: CheckoutDemo['settings']) {
  return withOrg(org.id, async (tx) => {
    const [existing] = await tx.select().from(checkoutSettings).where(eq(checkoutSettings.organizationId, org.id));
    if (existing) return { settings: existing, created: false };
    const [settings] = await tx
      .insert(checkoutSettings)
      .values({
        organizationId: org.id,
        codEnabled: true,
        bankTransferEnabled: true,
        bankTransferInstructions: spec.bankTransferInstructions,
        pickupEnabled: spec.pickupEnabled,
        pickupInstructions: spec.pickupInstructions ?? null,
        pricesIncludeTax: spec.pricesIncludeTax,
      })
      .returning();
    return { settings: settings!, created: true };
  });
}
