import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { deliveries, deliveryZones, type Delivery, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createPackedOrder, createTestCourier } from '@/db/test/delivery-factories';
import { assignCourier } from '../deliveries/assign-courier';
import { deliveryBoardOptions, listDeliveries } from './list-deliveries';
import { DeliveryListFilters } from './schemas';

let org: Organization;
let owner: User;
const board = async (query: Record<string, string> = {}, now?: Date) => listDeliveries(await orgContextFor(owner, org), DeliveryListFilters.parse(query), now);
const tracking = (rows: { trackingNumber: string }[]) => rows.map((r) => r.trackingNumber).sort();
const setDelivery = (id: string, values: Partial<typeof deliveries.$inferInsert>) => withPlatform((tx) => tx.update(deliveries).set(values).where(eq(deliveries.id, id)));

let late: Delivery;
let assigned: Delivery;
let delivered: Delivery;
let orderNumbers: Record<string, string>;
let zoneId: string;
let courierId: string;

beforeAll(async () => {
  ({ org, owner } = await createOrganization({ timezone: 'Asia/Tashkent' }));
  const { courier } = await createTestCourier(org, { status: 'available' }, 'Ali Courier');
  courierId = courier.id;
  const [zone] = await withOrg(org.id, (tx) =>
    tx.insert(deliveryZones).values({ organizationId: org.id, name: 'Centre', city: 'Tashkent', latitude: 41.2995, longitude: 69.2401 }).returning(),
  );
  zoneId = zone!.id;

  const a = await createPackedOrder(org);
  const b = await createPackedOrder(org);
  const c = await createPackedOrder(org, { paymentMethod: 'card' });
  late = a.delivery!;
  assigned = b.delivery!;
  delivered = c.delivery!;
  orderNumbers = { [late.id]: a.order.number, [assigned.id]: b.order.number, [delivered.id]: c.order.number };

  // Late: promised an hour ago, in the zone, with a known drop-off point (about 3.3 km from the warehouse).
  await setDelivery(late.id, { estimatedDeliveryAt: new Date(Date.now() - 2 * 3_600_000), zoneId, dropoffLatitude: 41.2995, dropoffLongitude: 69.2401, failedAttempts: 1 });
  await withOrg(org.id, (tx) => assignCourier(tx, org.id, { deliveryId: assigned.id, courierId, actor: { type: 'staff', userId: owner.id } }));
  // Delivered long ago, created on 2 March in Tashkent (20:00 UTC on 1 March); its estimate is past but it is closed.
  await setDelivery(delivered.id, { status: 'delivered', createdAt: new Date('2025-03-01T20:00:00Z'), estimatedDeliveryAt: new Date('2025-03-02T00:00:00Z') });
});

describe('listDeliveries', () => {
  it('shows each delivery with its order, courier, zone, recipient, distance, age and lateness', async () => {
    const result = await board();
    expect(result.total).toBe(3);
    const row = result.rows.find((r) => r.id === late.id)!;
    expect(row).toMatchObject({
      trackingNumber: late.trackingNumber,
      orderId: late.orderId,
      orderNumber: orderNumbers[late.id],
      status: 'pending',
      courierName: null,
      zoneName: 'Centre',
      recipientName: 'Test Shopper',
      recipientCity: 'Springfield',
      isLate: true,
      failedAttempts: 1,
      codAmount: late.codAmount,
    });
    expect(row.distanceKm).toBeGreaterThan(3);
    expect(row.distanceKm).toBeLessThan(4);
    expect(row.lateByMinutes).toBeGreaterThanOrEqual(119);
    expect(result.rows.find((r) => r.id === assigned.id)).toMatchObject({ courierName: 'Ali Courier', distanceKm: null, isLate: false, lateByMinutes: null });
    expect(result.rows.find((r) => r.id === delivered.id)).toMatchObject({ isLate: false, codAmount: 0 });
    expect(result.rows[0]!.id).not.toBe(delivered.id);
    const inAnHour = new Date(Date.now() + 3_600_000);
    expect((await board({}, inAnHour)).rows.find((r) => r.id === assigned.id)!.ageMinutes).toBeGreaterThanOrEqual(59);
  });

  it('counts every status tab under the other filters', async () => {
    const { counts } = await board();
    expect(counts).toMatchObject({ all: 3, open: 2, late: 1, pending: 2, delivered: 1, dispatched: 0, cancelled: 0 });
    expect((await board({ courier: 'unassigned' })).counts).toMatchObject({ all: 2, open: 1, late: 1, delivered: 1 });
  });

  it('filters by status tab, the late tab, courier, zone, day and search', async () => {
    expect(tracking((await board({ status: 'late' })).rows)).toEqual([late.trackingNumber]);
    expect(tracking((await board({ status: 'open' })).rows)).toEqual(tracking([late, assigned]));
    expect(tracking((await board({ status: 'delivered' })).rows)).toEqual([delivered.trackingNumber]);
    expect(tracking((await board({ courier: courierId })).rows)).toEqual([assigned.trackingNumber]);
    expect(tracking((await board({ courier: 'unassigned' })).rows)).toEqual(tracking([late, delivered]));
    expect(tracking((await board({ zone: zoneId })).rows)).toEqual([late.trackingNumber]);
    // Days are the organization's (Tashkent, UTC+5): 20:00 UTC on 1 March is 2 March there.
    expect(tracking((await board({ from: '2025-03-02', to: '2025-03-02' })).rows)).toEqual([delivered.trackingNumber]);
    expect((await board({ to: '2025-03-01' })).total).toBe(0);
    expect(tracking((await board({ q: late.trackingNumber.slice(3).toLowerCase() })).rows)).toEqual([late.trackingNumber]);
    expect(tracking((await board({ q: `#${orderNumbers[assigned.id]}` })).rows)).toEqual([assigned.trackingNumber]);
    expect((await board({ q: 'nothing-like-this' })).total).toBe(0);
  });

  it('ignores malformed filters and clamps the page', async () => {
    const filters = DeliveryListFilters.parse({ status: 'lost', courier: "x' or 1=1", zone: 'nope', from: '2025-13-40', page: '99' });
    expect(filters).toMatchObject({ status: undefined, courier: undefined, zone: undefined, from: undefined });
    const result = await listDeliveries(await orgContextFor(owner, org), filters);
    expect(result).toMatchObject({ total: 3, page: 1, totalPages: 1 });
  });

  it('offers the couriers and zones to filter by', async () => {
    const options = await deliveryBoardOptions(await orgContextFor(owner, org));
    expect(options.couriers.map((c) => c.name)).toEqual(['Ali Courier']);
    expect(options.zones).toEqual([{ id: zoneId, name: 'Centre' }]);
  });

  it('shows another organization nothing of this one, and refuses members without deliveries.view', async () => {
    const { org: other, owner: otherOwner } = await createOrganization();
    const theirs = await listDeliveries(await orgContextFor(otherOwner, other), DeliveryListFilters.parse({ q: late.trackingNumber }));
    expect(theirs.total).toBe(0);
    expect(theirs.counts.all).toBe(0);
    for (const role of ['seller', 'courier'] as const) {
      const member = await addMember(org, role);
      await expect(listDeliveries(await orgContextFor(member, org), DeliveryListFilters.parse({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const staff = await addMember(org, 'staff');
    expect((await listDeliveries(await orgContextFor(staff, org), DeliveryListFilters.parse({}))).total).toBe(3);
  });
});
