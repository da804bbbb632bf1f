import { and, eq, inArray } from 'drizzle-orm';
import { withPlatform } from '../../scope';
import { memberships, organizations } from '../../schema';
import { ensureCoupons } from './coupons';
import { CHECKOUT_DEMOS } from './data';
import { ensureDemoOrders } from './orders';
import { ensureCheckoutSettings } from './settings';
import { ensureZones } from './zones';

/**
 * Each demo organization's checkout: settings (cash on delivery and bank transfer on, pick-up
 * for some, tax-inclusive prices for all but one), delivery zones with tariffs, three coupons
 * (one expired) and a dozen orders across statuses with their history, payments and stock.
 * Runs after the catalog seed. Idempotent: settings, zones, tariffs and coupons are found by
 * organization, name or code, orders by their steady demo numbers; only what is missing is
 * written. Like the catalog seed it writes rows directly (no 'server-only' modules), keeping
 * stock as the reservation verbs would: reserved for open orders, an OUT movement for
 * delivered ones, released holds for cancelled ones.
 */
export async function seedCheckoutDemo(log: (line: string) => void = console.log) {
  const slugs = Object.keys(CHECKOUT_DEMOS);
  const orgs = await withPlatform((tx) => tx.select().from(organizations).where(inArray(organizations.slug, slugs)));
  for (const org of orgs.sort((a, b) => slugs.indexOf(a.slug) - slugs.indexOf(b.slug))) {
    const demo = CHECKOUT_DEMOS[org.slug]!;
    const [owner] = await withPlatform((tx) =>
      tx.select({ userId: memberships.userId }).from(memberships).where(and(eq(memberships.organizationId, org.id), eq(memberships.role, 'owner'))),
    );
    const { settings, created: newSettings } = await ensureCheckoutSettings(org, demo.settings);
    const { zones, created: newZones } = await ensureZones(org, demo.zones);
    const { coupons, created: newCoupons } = await ensureCoupons(org, owner!.userId, demo.coupons);
    const newOrders = await ensureDemoOrders({ org, ownerId: owner!.userId, settings, zones, coupons, shoppers: demo.shoppers, country: org.address.country ?? '' });
    const changed = Number(newSettings) + newZones + newCoupons + newOrders > 0;
    log(`  ${changed ? '+' : '='} ${org.name} checkout: ${newZones} zones, ${newCoupons} coupons and ${newOrders} orders added`);
  }
}
