import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { warehouses, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createProduct, createWarehouse as insertWarehouse, setStock } from '@/db/test/catalog-factories';
import { auditOf, warehouseRow } from '../test-helpers';
import { createWarehouse } from './create-warehouse';
import { deactivateWarehouse } from './deactivate-warehouse';
import { getWarehouse } from './get-warehouse';
import { listWarehouses } from './list-warehouses';
import { reactivateWarehouse } from './reactivate-warehouse';
import { CreateWarehouseInput, NAME_TAKEN, UpdateWarehouseInput } from './schemas';
import { setDefaultWarehouse } from './set-default-warehouse';
import { updateWarehouse } from './update-warehouse';

const blank = { name: '', code: '', address: { street: '', city: '', region: '', postalCode: '', country: '' }, contactPerson: '', phone: '', email: '', latitude: '', longitude: '' };
const input = (overrides: Partial<typeof blank>) => CreateWarehouseInput.parse({ ...blank, ...overrides });

let org: Organization;
let owner: User;
const ctx = () => orgContextFor(owner, org);

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

async function defaults(orgId: string) {
  const rows = await withPlatform((tx) => tx.select().from(warehouses).where(eq(warehouses.organizationId, orgId)));
  return rows.filter((w) => w.isDefault).map((w) => w.name);
}

describe('warehouse input', () => {
  it('validates contact details and normalizes the code', () => {
    const bad = CreateWarehouseInput.safeParse({ ...blank, name: 'X', code: 'a b', phone: '+()', email: 'nope', address: { ...blank.address, country: 'XX' } });
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(['address', 'code', 'email', 'name', 'phone']);
    expect(input({ name: ' Main ', code: 'nyc-2', phone: '+1 (555) 010-0000' })).toMatchObject({ name: 'Main', code: 'NYC-2' });
  });
});

describe('createWarehouse', () => {
  it('makes the first warehouse the default, keeps the address and contact, and audits it', async () => {
    const { org: fresh, owner: freshOwner } = await createOrganization();
    const c = await orgContextFor(freshOwner, fresh);
    const first = await createWarehouse(c, input({ name: 'Main', code: 'main', address: { ...blank.address, city: 'Tashkent', country: 'UZ' }, email: 'Ops@Example.com' }));
    const second = await createWarehouse(c, input({ name: 'Overflow' }));
    expect([first.isDefault, second.isDefault]).toEqual([true, false]);
    expect(await warehouseRow(first.id)).toMatchObject({ code: 'MAIN', address: { city: 'Tashkent', country: 'UZ' }, email: 'ops@example.com', phone: null });
    expect((await auditOf(first.id)).map((a) => a.action)).toEqual(['warehouse.created']);
  });

  it('leaves exactly one default when the first two are created at once', async () => {
    const { org: fresh, owner: freshOwner } = await createOrganization();
    const c = await orgContextFor(freshOwner, fresh);
    const made = await Promise.all(['A', 'B', 'C', 'D'].map((name) => createWarehouse(c, input({ name: `Store ${name}` }))));
    expect(made).toHaveLength(4);
    expect(await defaults(fresh.id)).toHaveLength(1);
  });

  it('refuses a name already used in the organization, whatever the case, with a field error', async () => {
    await createWarehouse(await ctx(), input({ name: 'Central Depot' }));
    await expect(createWarehouse(await ctx(), input({ name: 'central depot' }))).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { name: [NAME_TAKEN] } });
    // Another organization may use it.
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(createWarehouse(await orgContextFor(otherOwner, other), input({ name: 'Central Depot' }))).resolves.toBeTruthy();
  });

  it('is for owners and admins: staff and couriers are refused and nothing is written', async () => {
    const { org: fresh } = await createOrganization();
    for (const role of ['staff', 'courier'] as const) {
      const member = await addMember(fresh, role);
      await expect(createWarehouse(await orgContextFor(member, fresh), input({ name: `By ${role}` }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const admin = await addMember(fresh, 'admin');
    await createWarehouse(await orgContextFor(admin, fresh), input({ name: 'By admin' }));
    const rows = await withPlatform((tx) => tx.select().from(warehouses).where(eq(warehouses.organizationId, fresh.id)));
    expect(rows.map((r) => r.name)).toEqual(['By admin']);
  });
});

describe('updateWarehouse', () => {
  it('changes the fields, audits only what changed, and refuses a taken name', async () => {
    const { id } = await createWarehouse(await ctx(), input({ name: 'Old name' }));
    await updateWarehouse(await ctx(), { ...input({ name: 'New name', phone: '+998 90 123 45 67' }), warehouseId: id });
    expect(await warehouseRow(id)).toMatchObject({ name: 'New name', phone: '+998 90 123 45 67' });
    const updated = (await auditOf(id)).find((a) => a.action === 'warehouse.updated')!;
    expect(updated.newValues).toEqual({ name: 'New name', phone: '+998 90 123 45 67' });
    await createWarehouse(await ctx(), input({ name: 'Taken' }));
    await expect(updateWarehouse(await ctx(), { ...input({ name: 'TAKEN' }), warehouseId: id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await warehouseRow(id)).name).toBe('New name');
  });

  it("cannot read or change another organization's warehouse", async () => {
    const { org: other } = await createOrganization();
    const theirs = await insertWarehouse(other, { name: 'Theirs' });
    await expect(updateWarehouse(await ctx(), { ...input({ name: 'Mine now' }), warehouseId: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getWarehouse(await ctx(), theirs.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const verb of [setDefaultWarehouse, deactivateWarehouse, reactivateWarehouse]) {
      await expect(verb(await ctx(), { warehouseId: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await warehouseRow(theirs.id)).toMatchObject({ name: 'Theirs', isActive: true, isDefault: false });
    expect((await listWarehouses(await ctx())).map((w) => w.id)).not.toContain(theirs.id);
  });
});

describe('pick-up point', () => {
  it('saves the coordinates (audited), clears them, and checks the ranges', async () => {
    const c = await ctx();
    const { id } = await createWarehouse(c, input({ name: 'Pick-up', latitude: '41.3111', longitude: '69.2797' }));
    expect(await warehouseRow(id)).toMatchObject({ latitude: 41.3111, longitude: 69.2797 });
    await updateWarehouse(c, UpdateWarehouseInput.parse({ ...blank, name: 'Pick-up', warehouseId: id }));
    expect(await warehouseRow(id)).toMatchObject({ latitude: null, longitude: null });
    const updated = (await auditOf(id)).find((a) => a.action === 'warehouse.updated')!;
    expect(updated.oldValues).toEqual({ latitude: 41.3111, longitude: 69.2797 });
    const bad = CreateWarehouseInput.safeParse({ ...blank, name: 'Far', latitude: '-90.5', longitude: '181' });
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(['latitude', 'longitude']);
  });

  it('refuses one coordinate without the other', () => {
    const onlyLng = CreateWarehouseInput.safeParse({ ...blank, name: 'Half', longitude: '69.2797' });
    expect(onlyLng.error!.flatten().fieldErrors).toEqual({ latitude: ['Enter the latitude too, or clear the longitude.'] });
    const onlyLat = UpdateWarehouseInput.safeParse({ ...blank, name: 'Half', latitude: '41.3', longitude: ' ', warehouseId: 'wh_x' });
    expect(onlyLat.error!.flatten().fieldErrors).toEqual({ longitude: ['Enter the longitude too, or clear the latitude.'] });
  });
});

describe('default and active state', () => {
  it('moves the default, refuses to deactivate it, and refuses an inactive warehouse as default', async () => {
    const { org: fresh, owner: freshOwner } = await createOrganization();
    const c = await orgContextFor(freshOwner, fresh);
    const main = await createWarehouse(c, input({ name: 'Main' }));
    const spare = await createWarehouse(c, input({ name: 'Spare' }));
    await expect(deactivateWarehouse(c, { warehouseId: main.id })).rejects.toThrow(/Make another warehouse the default/);
    await deactivateWarehouse(c, { warehouseId: spare.id });
    await expect(setDefaultWarehouse(c, { warehouseId: spare.id })).rejects.toThrow(/Reactivate it/);
    await reactivateWarehouse(c, { warehouseId: spare.id });
    await Promise.all([setDefaultWarehouse(c, { warehouseId: spare.id }), setDefaultWarehouse(c, { warehouseId: spare.id })]);
    expect(await defaults(fresh.id)).toEqual(['Spare']);
    await deactivateWarehouse(c, { warehouseId: main.id });
    expect(await warehouseRow(main.id)).toMatchObject({ isActive: false, isDefault: false });
    expect((await auditOf(main.id)).map((a) => a.action)).toEqual(['warehouse.created', 'warehouse.deactivated']);
  });

  it('parallel default changes leave exactly one default', async () => {
    const { org: fresh, owner: freshOwner } = await createOrganization();
    const c = await orgContextFor(freshOwner, fresh);
    const ids = [];
    for (const name of ['A', 'B', 'C', 'D', 'E']) ids.push((await createWarehouse(c, input({ name: `Depot ${name}` }))).id);
    await Promise.all(ids.flatMap((warehouseId) => [setDefaultWarehouse(c, { warehouseId }), setDefaultWarehouse(c, { warehouseId })]));
    expect(await defaults(fresh.id)).toHaveLength(1);
  });

  it('staff may not change the default or deactivate', async () => {
    const staff = await addMember(org, 'staff');
    const w = await insertWarehouse(org);
    await expect(setDefaultWarehouse(await orgContextFor(staff, org), { warehouseId: w.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deactivateWarehouse(await orgContextFor(staff, org), { warehouseId: w.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await warehouseRow(w.id)).toMatchObject({ isActive: true, isDefault: false });
  });
});

describe('listWarehouses', () => {
  it('lists default first with stock totals; staff may read, couriers may not', async () => {
    const { org: fresh, owner: freshOwner } = await createOrganization();
    const c = await orgContextFor(freshOwner, fresh);
    const main = await createWarehouse(c, input({ name: 'Main' }));
    const aux = await createWarehouse(c, input({ name: 'Aux' }));
    const { product, variants } = await createProduct(fresh, {}, [{ name: 'S', optionValues: { Size: 'S' } }, { name: 'M', optionValues: { Size: 'M' } }]);
    await setStock(fresh, { warehouseId: main.id, productId: product.id, variantId: variants[0]!.id }, 7, { reserved: 2 });
    await setStock(fresh, { warehouseId: main.id, productId: product.id, variantId: variants[1]!.id }, 3);
    const staff = await addMember(fresh, 'staff');
    const listed = await listWarehouses(await orgContextFor(staff, fresh));
    expect(listed.map((w) => [w.name, w.isDefault, w.quantity, w.reserved, w.available, w.variants])).toEqual([
      ['Main', true, 10, 2, 8, 2],
      ['Aux', false, 0, 0, 0, 0],
    ]);
    expect(aux.isDefault).toBe(false);
    const courier = await addMember(fresh, 'courier');
    await expect(listWarehouses(await orgContextFor(courier, fresh))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
