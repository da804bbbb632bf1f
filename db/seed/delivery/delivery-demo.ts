import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../client';
import { withOrg, withPlatform } from '../../scope';
import { deliveries, deliveryZones, memberships, orders, organizations, warehouses, type Delivery, type Order, type Organization } from '../../schema';
import { hashPassword } from '../../../lib/auth/password';
import { AppError } from '../../../lib/server/errors';
import { CHECKOUT_DEMOS } from '../checkout/data';
import { demoOrderNumber } from '../checkout/orders';
import { ORDER_PLANS } from '../checkout/plans';
import { DEMO_PASSWORD } from '../demo-data';
import { ensureHandin } from './cash';
import { ensureCouriers } from './couriers';
import { DELIVERY_DEMOS, type Point } from './data';
import { ensureDeliverySettings, ensurePlaces } from './places';
import { backdate } from './retime';
import { CHECKOUT_ORDER_STORIES, CHECKOUT_PACKED_AFTER_HOURS, FIRST_STORY_ORDER, NEW_ORDER_STORIES, type Story } from './plans';
import type { StoryCast } from './stories';

const HOUR = 3_600_000;

async function memberOf(orgId: string, role: 'owner' | 'staff') {
  const [row] = await withPlatform((tx) =>
    tx.select({ userId: memberships.userId }).from(memberships).where(and(eq(memberships.organizationId, orgId), eq(memberships.role, role))).orderBy(memberships.createdAt).limit(1),
  );
  return row?.userId;
}

async function homeOf(org: Organization): Promise<Point | null> {
  const [row] = await withOrg(org.id, (tx) =>
    tx.select({ latitude: warehouses.latitude, longitude: warehouses.longitude }).from(warehouses).where(and(eq(warehouses.organizationId, org.id), eq(warehouses.isDefault, true), isNull(warehouses.deletedAt))),
  );
  return row?.latitude != null && row.longitude != null ? [row.latitude, row.longitude] : null;
}

async function dayStartIn(timezone: string): Promise<Date> {
  const [row] = await withPlatform((tx) => tx.execute<{ start: string }>(sql`select (date_trunc('day', now() at time zone ${timezone}) at time zone ${timezone})::text as start`));
  return new Date(row!.start);
}

const orderByNumber = (org: Organization, number: string) =>
  withOrg(org.id, async (tx) => (await tx.select().from(orders).where(and(eq(orders.organizationId, org.id), eq(orders.number, number))))[0]);

const latestDelivery = (org: Organization, orderId: string) =>
  withOrg(org.id, async (tx) => (await tx.select().from(deliveries).where(and(eq(deliveries.organizationId, org.id), eq(deliveries.orderId, orderId))).orderBy(desc(deliveries.createdAt)).limit(1))[0]);

/**
 * Each delivering demo store's couriers and deliveries: warehouses and zones on the map, the
 * proof rule (acme: the shopper's code; bazaar: the code or a photo; the others the default), the
 * demo courier's profile and two more couriers, and deliveries played through the delivery verbs
 * (see plans.ts): done, rated, returned, out for delivery with its GPS trail, waiting, late, and
 * a cash hand-in. Runs after the checkout seed. Idempotent: new orders are found by their steady
 * demo numbers, checkout orders by having a delivery, couriers by email; a story runs whole in
 * one transaction or not at all.
 *
 * The delivery verbs are 'server-only' modules: this seed runs under tsx outside Next, so it
 * registers the same stub as the job worker before loading them.
 */
export async function seedDeliveryDemo(log: (line: string) => void = console.log) {
  await import('../../../scripts/server-only-stub');
  const { playStory } = await import('./stories');
  const { placeStoryOrder, refreshCustomerTotals } = await import('./orders');
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const slugs = Object.keys(DELIVERY_DEMOS);
  const orgs = await withPlatform((tx) => tx.select().from(organizations).where(inArray(organizations.slug, slugs)));

  for (const org of orgs.sort((a, b) => slugs.indexOf(a.slug) - slugs.indexOf(b.slug))) {
    const demo = DELIVERY_DEMOS[org.slug]!;
    const checkout = CHECKOUT_DEMOS[org.slug];
    const [zones] = await withOrg(org.id, (tx) => tx.select({ n: sql<number>`count(*)::int` }).from(deliveryZones).where(and(eq(deliveryZones.organizationId, org.id), isNull(deliveryZones.deletedAt))));
    const [ownerId, staffId] = [await memberOf(org.id, 'owner'), await memberOf(org.id, 'staff')];
    if (!checkout || !zones?.n || !ownerId) continue; // a store that does not deliver

    const placed = await ensurePlaces(org, demo);
    const newSettings = await ensureDeliverySettings(org, demo);
    const { team, created: newCouriers } = await ensureCouriers(org, demo, passwordHash, await homeOf(org));
    const now = new Date();
    const cast: StoryCast = { org, staffId: staffId ?? ownerId, team, now, todayStart: await dayStartIn(org.timezone) };

    let added = 0;
    /** One story on one order (placed first, in the same transaction, when `order` is a function): whole or not at all. */
    const play = async (label: string, story: Story, order: Order | ((tx: Tx) => Promise<Order | null>)) => {
      try {
        const delivery = await withOrg(org.id, async (tx) => {
          const subject = typeof order === 'function' ? await order(tx) : order;
          if (!subject) throw new AppError('CONFLICT', 'nothing in stock or no zone for the address');
          return playStory(tx, cast, subject, story);
        });
        added += 1;
        return delivery;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        log(`  ! ${org.name}: order ${label} (${story.name}) left out: ${e.message}`);
      }
    };

    // Packed by the checkout seed before stores had deliveries: opened back when they were packed (so now late).
    const checkoutNumbers = ORDER_PLANS.map((_, i) => demoOrderNumber(org.slug, i));
    const packed = await withOrg(org.id, (tx) =>
      tx
        .select()
        .from(orders)
        .where(
          and(
            eq(orders.organizationId, org.id),
            inArray(orders.number, checkoutNumbers),
            eq(orders.status, 'packed'),
            eq(orders.fulfilmentMethod, 'delivery'),
            sql`not exists (select 1 from ${deliveries} d where d.organization_id = ${org.id} and d.order_id = ${orders.id})`,
          ),
        ),
    );
    for (const order of packed) {
      const packedAt = order.createdAt.getTime() + CHECKOUT_PACKED_AFTER_HOURS * HOUR;
      await play(order.number, { name: 'opened when packed', steps: [{ do: 'open', hoursAgo: (now.getTime() - packedAt) / HOUR }] }, order);
    }
    for (const [index, story] of Object.entries(CHECKOUT_ORDER_STORIES)) {
      const order = await orderByNumber(org, demoOrderNumber(org.slug, Number(index)));
      if (order?.status === 'confirmed' && order.fulfilmentMethod === 'delivery' && !(await latestDelivery(org, order.id))) await play(order.number, story, order);
    }

    const outcome: (Delivery | undefined)[] = [];
    for (const [k, story] of NEW_ORDER_STORIES.entries()) {
      const number = demoOrderNumber(org.slug, FIRST_STORY_ORDER + k);
      const existing = await orderByNumber(org, number);
      if (existing) {
        outcome[k] = await latestDelivery(org, existing.id);
        continue;
      }
      const placedAt = new Date(now.getTime() - story.placedHoursAgo * HOUR);
      const shopper = checkout.shoppers[k % checkout.shoppers.length]!;
      outcome[k] = await play(number, story, async (tx) => {
        const order = await placeStoryOrder(tx, org, { number, index: k, shopper, placedAt, express: Boolean(story.express) });
        if (order) await backdate(tx, org.id, order, placedAt);
        return order;
      });
    }

    // The demo courier handed in the cash of their first delivery (so they still hold today's); the second courier all of theirs.
    let handins = 0;
    await withOrg(org.id, async (tx) => {
      handins += Number(await ensureHandin(tx, org.id, { courierId: team.demo.courier.id, delivery: outcome[0], receivedById: ownerId, now }));
      handins += Number(await ensureHandin(tx, org.id, { courierId: team.second.courier.id, delivery: outcome[1], receivedById: ownerId, now }));
      await refreshCustomerTotals(tx, org.id, checkout.shoppers.map((s) => s.email.toLowerCase()));
    });

    const changed = placed + Number(newSettings) + newCouriers + added + handins > 0;
    log(`  ${changed ? '+' : '='} ${org.name} deliveries: ${newCouriers} couriers, ${added} deliveries and ${handins} cash hand-ins added`);
  }
}
