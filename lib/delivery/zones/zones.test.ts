import { beforeAll, describe, expect, it } from 'vitest';
import type { Organization, User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { auditActions, tariffFields, zoneInput, zoneRow } from '../test-helpers';
import { createTariff } from '../tariffs/create-tariff';
import { setTariffActive } from '../tariffs/set-tariff-active';
import { checkDeliveryAddress } from './check-address';
import { createZone } from './create-zone';
import { deleteZone } from './delete-zone';
import { getZone } from './get-zone';
import { listZoneCities, listZones } from './list-zones';
import { moveZone } from './move-zone';
import { CreateZoneInput, UpdateZoneInput, ZoneListFilters } from './schemas';
import { setZoneActive } from './set-zone-active';
import { updateZone } from './update-zone';

let org: Organization;
let owner: User;
const ctx = () => orgContextFor(owner, org);
const all = ZoneListFilters.parse({});

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

describe('zone input', () => {
  it('normalises postal codes and districts, and explains what is wrong', () => {
    const ok = zoneInput({ districts: [' Chilanzar ', 'chilanzar', 'Yunusabad'], postalCodes: ['sw1a 1aa', 'SW1A1AA', '100 000'] });
    expect(ok.districts).toEqual(['Chilanzar', 'Yunusabad']);
    expect(ok.postalCodes).toEqual(['SW1A1AA', '100000']);
    const bad = CreateZoneInput.safeParse({ name: '', description: '', city: ' ', districts: [], postalCodes: ['10/00'], isActive: true });
    expect(bad.error!.flatten().fieldErrors).toEqual({
      name: ['Enter a name for the zone.'],
      city: ['Enter the city this zone covers.'],
      postalCodes: ['“10/00” is not a postal code: use 2–12 letters, digits or -.'],
    });
  });
});

describe('zones', () => {
  it('creates, edits, lists with tariff counts and filters, and audits each change', async () => {
    const { org: o, owner: u } = await createOrganization();
    const c = await orgContextFor(u, o);
    const centre = await createZone(c, zoneInput({ name: 'Centre', city: 'Tashkent', districts: ['Mirabad'] }));
    const suburbs = await createZone(c, zoneInput({ name: 'Suburbs', city: 'tashkent', postalCodes: ['100 100'] }));
    const samarkand = await createZone(c, zoneInput({ name: 'Samarkand', city: 'Samarkand', isActive: false }));

    expect(await updateZone(c, { zoneId: centre.id, ...zoneInput({ name: 'City centre', city: 'Tashkent', districts: ['Mirabad', 'Yakkasaray'] }) })).toEqual({ id: centre.id, changed: true });
    expect(await updateZone(c, { zoneId: centre.id, ...zoneInput({ name: 'City centre', city: 'Tashkent', districts: ['Mirabad', 'Yakkasaray'] }) })).toEqual({ id: centre.id, changed: false });
    expect(await zoneRow(centre.id)).toMatchObject({ name: 'City centre', districts: ['Mirabad', 'Yakkasaray'], description: null, sortOrder: 0 });
    expect(await zoneRow(suburbs.id)).toMatchObject({ postalCodes: ['100100'], sortOrder: 1 });

    const listed = await listZones(c, all);
    expect(listed.rows.map((r) => [r.name, r.position, r.tariffs])).toEqual([['City centre', 1, 0], ['Suburbs', 2, 0], ['Samarkand', 3, 0]]);
    expect((await listZones(c, ZoneListFilters.parse({ city: 'TASHKENT' }))).rows.map((r) => r.name)).toEqual(['City centre', 'Suburbs']);
    expect((await listZones(c, ZoneListFilters.parse({ status: 'inactive' }))).rows.map((r) => r.name)).toEqual(['Samarkand']);
    expect(await listZoneCities(c)).toEqual(['Samarkand', 'Tashkent']);
    expect(await auditActions(centre.id)).toEqual(['delivery_zone.created', 'delivery_zone.updated']);
    expect(samarkand.name).toBe('Samarkand');
  });

  it('activates, deactivates, reorders with the arrows and soft-deletes', async () => {
    const { org: o, owner: u } = await createOrganization();
    const c = await orgContextFor(u, o);
    const [a, b, d] = [await createZone(c, zoneInput({ name: 'A' })), await createZone(c, zoneInput({ name: 'B' })), await createZone(c, zoneInput({ name: 'C' }))];
    await setZoneActive(c, { zoneId: b.id, isActive: false });
    expect((await zoneRow(b.id)).isActive).toBe(false);
    expect(await setZoneActive(c, { zoneId: b.id, isActive: false })).toMatchObject({ changed: false });

    expect(await moveZone(c, { zoneId: d.id, direction: 'up' })).toEqual({ moved: true, position: 1 });
    expect(await moveZone(c, { zoneId: a.id, direction: 'up' })).toEqual({ moved: false, position: 0 });
    expect((await listZones(c, all)).rows.map((r) => r.name)).toEqual(['A', 'C', 'B']);

    await deleteZone(c, { zoneId: d.id });
    expect((await zoneRow(d.id)).deletedAt).not.toBeNull();
    expect((await listZones(c, all)).rows.map((r) => r.name)).toEqual(['A', 'B']);
    await expect(getZone(c, d.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteZone(c, { zoneId: d.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await auditActions(b.id)).toEqual(['delivery_zone.created', 'delivery_zone.deactivated']);
  });

  it("another organization can neither read nor change this organization's zones", async () => {
    const zone = await createZone(await ctx(), zoneInput({ name: 'Mine' }));
    const { org: other, owner: otherOwner } = await createOrganization();
    const intruder = await orgContextFor(otherOwner, other);
    await expect(getZone(intruder, zone.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateZone(intruder, { zoneId: zone.id, ...zoneInput({ name: 'Stolen' }) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setZoneActive(intruder, { zoneId: zone.id, isActive: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(moveZone(intruder, { zoneId: zone.id, direction: 'up' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteZone(intruder, { zoneId: zone.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listZones(intruder, all)).rows).toEqual([]);
    expect(await zoneRow(zone.id)).toMatchObject({ name: 'Mine', isActive: true, deletedAt: null });
  });

  it('refuses staff: managing delivery is for owners and admins', async () => {
    const staff = await orgContextFor(await addMember(org, 'staff'), org);
    await expect(createZone(staff, zoneInput())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listZones(staff, all)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = await orgContextFor(await addMember(org, 'admin'), org);
    await expect(createZone(admin, zoneInput({ name: 'By admin' }))).resolves.toMatchObject({ name: 'By admin' });
  });
});

describe('zone centre', () => {
  const fields = { name: 'Centre', description: '', city: 'Tashkent', districts: [], postalCodes: [], isActive: true };

  it('saves the centre, clears it, and checks the ranges', async () => {
    const c = await ctx();
    const zone = await createZone(c, CreateZoneInput.parse({ ...fields, latitude: ' 41.3111 ', longitude: '69,2797' }));
    expect(await zoneRow(zone.id)).toMatchObject({ latitude: 41.3111, longitude: 69.2797 });
    await updateZone(c, UpdateZoneInput.parse({ ...fields, zoneId: zone.id, latitude: '-33.8688', longitude: '151.2093' }));
    expect(await zoneRow(zone.id)).toMatchObject({ latitude: -33.8688, longitude: 151.2093 });
    await updateZone(c, UpdateZoneInput.parse({ ...fields, zoneId: zone.id, latitude: '', longitude: '' }));
    expect(await zoneRow(zone.id)).toMatchObject({ latitude: null, longitude: null });
    const bad = CreateZoneInput.safeParse({ ...fields, latitude: '91', longitude: 'east' });
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(['latitude', 'longitude']);
  });

  it('refuses one coordinate without the other, on the empty field', () => {
    const onlyLat = CreateZoneInput.safeParse({ ...fields, latitude: '41.3', longitude: '' });
    expect(onlyLat.error!.flatten().fieldErrors).toEqual({ longitude: ['Enter the longitude too, or clear the latitude.'] });
    const onlyLng = UpdateZoneInput.safeParse({ ...fields, zoneId: 'dzn_x', latitude: '', longitude: '69.2' });
    expect(onlyLng.error!.flatten().fieldErrors).toEqual({ latitude: ['Enter the latitude too, or clear the longitude.'] });
  });
});

describe('checkDeliveryAddress', () => {
  it('finds the zone the checkout would pick, with its active tariffs, and says when nothing delivers there', async () => {
    const { org: o, owner: u } = await createOrganization();
    const c = await orgContextFor(u, o);
    const centre = await createZone(c, zoneInput({ name: 'Centre', city: 'Tashkent', districts: ['Mirabad'] }));
    await createZone(c, zoneInput({ name: 'By postcode', city: 'Tashkent', postalCodes: ['100 200'] }));
    await createZone(c, zoneInput({ name: 'Rest of Tashkent', city: 'Tashkent' }));
    const standard = await createTariff(c, { zoneId: centre.id, ...tariffFields({ name: 'Standard', baseCost: '3' }) });
    const express = await createTariff(c, { zoneId: centre.id, ...tariffFields({ name: 'Express' }) });
    await setTariffActive(c, { tariffId: express.id, isActive: false });

    const hit = await checkDeliveryAddress(c, { city: ' tashkent ', district: 'mirabad', postalCode: '' });
    expect(hit).toMatchObject({ zone: { id: centre.id, name: 'Centre' }, tariffs: [{ id: standard.id, baseCost: 300, currency: 'USD' }] });
    expect((await checkDeliveryAddress(c, { city: 'Tashkent', district: '', postalCode: '100200' })).zone?.name).toBe('By postcode');
    expect((await checkDeliveryAddress(c, { city: 'Tashkent', district: 'Sergeli', postalCode: '' })).zone?.name).toBe('Rest of Tashkent');
    expect(await checkDeliveryAddress(c, { city: 'Samarkand', district: '', postalCode: '' })).toEqual({ zone: null, message: 'We do not deliver to Samarkand yet. Try another address.' });
    const outsider = await createOrganization();
    expect((await checkDeliveryAddress(await orgContextFor(outsider.owner, outsider.org), { city: 'Tashkent', district: 'Mirabad', postalCode: '' })).zone).toBeNull();
  });
});
