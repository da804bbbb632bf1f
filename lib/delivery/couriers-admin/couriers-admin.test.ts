import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { auditLogs, memberships, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, createUser, orgContextFor } from '@/db/test/factories';
import { courierRow, createTestCourier, setDeliverySettings } from '@/db/test/delivery-factories';
import { recordHandin } from '../cash/record-handin';
import { deliverOrder } from '../cash/test-helpers';
import { getCourier } from './get-courier';
import { courierOptions, listCouriers } from './list-couriers';
import { CourierListFilters, UpdateCourierProfileInput } from './schemas';
import { updateCourierProfile } from './update-courier-profile';

let org: Organization;
let owner: User;
const ctx = () => orgContextFor(owner, org);
const filters = (raw: Record<string, string> = {}) => CourierListFilters.parse(raw);
const profile = (courierId: string, over: Partial<Record<'phone' | 'vehicleType' | 'feePerDelivery', string>> & { isActive?: boolean } = {}) =>
  UpdateCourierProfileInput.parse({ courierId, phone: '+998 90 000 00 00', vehicleType: 'car', isActive: true, feePerDelivery: '3.50', ...over });

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
  await setDeliverySettings(org, { proofRequirement: 'none' });
});

describe('listCouriers', () => {
  it('lists courier members with their work, earnings, rating and cash, and filters them', async () => {
    const { org: o, owner: u } = await createOrganization();
    await setDeliverySettings(o, { proofRequirement: 'none' });
    const c = await orgContextFor(u, o);
    const ana = await createTestCourier(o, { phone: '+998 90 111 22 33', feePerDelivery: 250, status: 'available', ratingSum: 9, ratingCount: 2 }, 'Ana Fast');
    const bo = await createTestCourier(o, { isActive: false, status: 'offline' }, 'Bo Slow');
    await addMember(o, 'staff', await createUser({ name: 'Not A Courier' }));
    const delivered = await deliverOrder(o, ana);
    await recordHandin(c, { courierId: ana.courier.id, amount: '0.01', note: '' });

    const all = await listCouriers(c, filters());
    expect(all.rows.map((r) => r.name)).toEqual(['Ana Fast', 'Bo Slow']);
    expect(all.rows[0]).toMatchObject({
      id: ana.courier.id,
      phone: '+998 90 111 22 33',
      status: 'available',
      isActive: true,
      rating: 4.5,
      ratingCount: 2,
      deliveriesDone: 1,
      openDeliveries: 0,
      totalEarnings: 250,
      feePerDelivery: 250,
      cashCollected: delivered.codAmount,
      cashHandedIn: 1,
      cashBalance: delivered.codAmount - 1,
    });
    expect(all.rows[1]).toMatchObject({ id: bo.courier.id, rating: null, deliveriesDone: 0, cashBalance: 0 });

    expect((await listCouriers(c, filters({ q: '111 22' }))).rows.map((r) => r.name)).toEqual(['Ana Fast']);
    expect((await listCouriers(c, filters({ q: bo.user.email.toUpperCase() }))).rows.map((r) => r.name)).toEqual(['Bo Slow']);
    expect((await listCouriers(c, filters({ q: 'slow' }))).rows.map((r) => r.name)).toEqual(['Bo Slow']);
    expect((await listCouriers(c, filters({ status: 'available' }))).rows.map((r) => r.name)).toEqual(['Ana Fast']);
    expect((await listCouriers(c, filters({ active: 'inactive' }))).rows.map((r) => r.name)).toEqual(['Bo Slow']);
    expect((await listCouriers(c, filters({ q: '100%' }))).rows).toEqual([]);
    // Nonsense in the URL is "no filter".
    expect(filters({ status: 'flying', active: 'maybe', page: '-3' })).toEqual({ q: '', status: undefined, active: undefined, page: 1 });
  });

  it('pages the list and leaves out members who are no longer couriers', async () => {
    const { org: o, owner: u } = await createOrganization();
    const c = await orgContextFor(u, o);
    for (let i = 0; i < 26; i++) await createTestCourier(o, {}, `Courier ${String(i).padStart(2, '0')}`);
    const page2 = await listCouriers(c, filters({ page: '2' }));
    expect(page2).toMatchObject({ total: 26, page: 2, totalPages: 2 });
    expect(page2.rows.map((r) => r.name)).toEqual(['Courier 25']);
    const [first] = (await listCouriers(c, filters())).rows;
    await withOrg(o.id, (tx) => tx.update(memberships).set({ role: 'staff' }).where(and(eq(memberships.organizationId, o.id), eq(memberships.userId, first!.userId))));
    expect((await listCouriers(c, filters())).total).toBe(25);
    expect((await courierOptions(c)).map((r) => r.id)).not.toContain(first!.id);
    // Their profile stays readable (they may still hold cash).
    expect(await getCourier(c, first!.id)).toMatchObject({ isCourierMember: false });
  });
});

describe('courierOptions', () => {
  it('lists active courier members by name for staff pickers; couriers themselves may not', async () => {
    const { org: o } = await createOrganization();
    const zed = await createTestCourier(o, { status: 'busy' }, 'Zed');
    await createTestCourier(o, { isActive: false }, 'Inactive');
    const amy = await createTestCourier(o, {}, 'amy');
    const staff = await orgContextFor(await addMember(o, 'staff'), o);
    expect(await courierOptions(staff)).toEqual([
      { id: amy.courier.id, name: 'amy', status: 'offline', isActive: true },
      { id: zed.courier.id, name: 'Zed', status: 'busy', isActive: true },
    ]);
    await expect(courierOptions(await orgContextFor(zed.user, o))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('getCourier and updateCourierProfile', () => {
  it('shows one courier and saves the profile, the fee in minor units, auditing what changed', async () => {
    const rider = await createTestCourier(org, { ratingSum: 5, ratingCount: 1 }, 'Profiled');
    const c = await ctx();
    expect(await getCourier(c, rider.courier.id)).toMatchObject({ name: 'Profiled', email: rider.user.email, rating: 5, deliveriesDone: 0, cashBalance: 0, isCourierMember: true });

    expect(await updateCourierProfile(c, profile(rider.courier.id, { feePerDelivery: '3.5', vehicleType: 'bicycle' }))).toEqual({ id: rider.courier.id, changed: true });
    expect(await courierRow(rider.courier.id)).toMatchObject({ feePerDelivery: 350, vehicleType: 'bicycle', phone: '+998 90 000 00 00', isActive: true });
    expect(await updateCourierProfile(c, profile(rider.courier.id, { feePerDelivery: '3.50', vehicleType: 'bicycle' }))).toMatchObject({ changed: false });
    await updateCourierProfile(c, profile(rider.courier.id, { phone: '', isActive: false, vehicleType: 'bicycle' }));
    expect(await courierRow(rider.courier.id)).toMatchObject({ phone: null, isActive: false });

    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, rider.courier.id)).orderBy(auditLogs.createdAt));
    expect(audit.map((a) => a.newValues)).toEqual([
      { feePerDelivery: 350, vehicleType: 'bicycle', phone: '+998 90 000 00 00' },
      { phone: null, isActive: false },
    ]);
  });

  it('refuses a fee the currency cannot hold and a bad phone, with field errors', async () => {
    const rider = await createTestCourier(org, {}, 'Strict');
    await expect(updateCourierProfile(await ctx(), profile(rider.courier.id, { feePerDelivery: '1.005' }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { feePerDelivery: [expect.stringMatching(/2 decimal places/)] },
    });
    const bad = UpdateCourierProfileInput.safeParse({ courierId: rider.courier.id, phone: 'call me', vehicleType: 'rocket', isActive: true, feePerDelivery: '' });
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(['feePerDelivery', 'phone', 'vehicleType']);
  });

  it("another organization can neither read nor change this organization's courier", async () => {
    const rider = await createTestCourier(org, {}, 'Private');
    const { org: other, owner: otherOwner } = await createOrganization();
    const intruder = await orgContextFor(otherOwner, other);
    await expect(getCourier(intruder, rider.courier.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateCourierProfile(intruder, profile(rider.courier.id, { feePerDelivery: '99' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listCouriers(intruder, filters())).rows).toEqual([]);
    expect(await courierOptions(intruder)).toEqual([]);
    expect((await courierRow(rider.courier.id)).feePerDelivery).toBe(0);
  });

  it('is for owners and admins: staff may not list, read or change couriers', async () => {
    const rider = await createTestCourier(org, {}, 'Guarded');
    const staff = await orgContextFor(await addMember(org, 'staff'), org);
    await expect(listCouriers(staff, filters())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getCourier(staff, rider.courier.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateCourierProfile(staff, profile(rider.courier.id))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = await orgContextFor(await addMember(org, 'admin'), org);
    await expect(updateCourierProfile(admin, profile(rider.courier.id))).resolves.toMatchObject({ changed: true });
  });
});
