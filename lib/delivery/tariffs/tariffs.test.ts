import { beforeAll, describe, expect, it } from 'vitest';
import type { Organization, User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { auditActions, tariffFields, tariffRow, zoneInput } from '../test-helpers';
import { createZone } from '../zones/create-zone';
import { deleteZone } from '../zones/delete-zone';
import { getZone } from '../zones/get-zone';
import { listZones } from '../zones/list-zones';
import { ZoneListFilters } from '../zones/schemas';
import { createTariff } from './create-tariff';
import { deleteTariff } from './delete-tariff';
import { tariffFormSchema } from './schemas';
import { setTariffActive } from './set-tariff-active';
import { updateTariff } from './update-tariff';

let org: Organization;
let owner: User;
let zoneId: string;
const ctx = () => orgContextFor(owner, org);

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
  zoneId = (await createZone(await ctx(), zoneInput())).id;
});

describe('tariffs', () => {
  it('stores typed decimals as minor units of the organization currency', async () => {
    const t = await createTariff(await ctx(), { zoneId, ...tariffFields({ name: 'Express', baseCost: '12.5', costPerKg: '1,25', minOrderAmount: '20', freeDeliveryThreshold: '100.00', estimatedHours: '4' }) });
    expect(await tariffRow(t.id)).toMatchObject({
      zoneId,
      name: 'Express',
      baseCost: 1250,
      costPerKg: 125,
      minOrderAmount: 2000,
      freeDeliveryThreshold: 10000,
      estimatedHours: 4,
      currency: 'USD',
      isActive: true,
    });
    const free = await createTariff(await ctx(), { zoneId, ...tariffFields({ name: 'Pickup point', baseCost: '0' }) });
    expect(await tariffRow(free.id)).toMatchObject({ baseCost: 0, costPerKg: 0, minOrderAmount: 0, freeDeliveryThreshold: null, estimatedHours: null, sortOrder: 1 });
    expect(await auditActions(t.id)).toEqual(['delivery_tariff.created']);
  });

  it('refuses more decimals than the currency has, with a message per field', async () => {
    await expect(createTariff(await ctx(), { zoneId, ...tariffFields({ baseCost: '5.005', freeDeliveryThreshold: '0.001' }) })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: {
        baseCost: ['Enter an amount like 12.50, with at most 2 decimal places.'],
        freeDeliveryThreshold: ['Enter an amount like 12.50, with at most 2 decimal places.'],
      },
    });
    const { org: yenOrg, owner: yenOwner } = await createOrganization({ defaultCurrency: 'JPY' });
    const yen = await orgContextFor(yenOwner, yenOrg);
    const yenZone = await createZone(yen, zoneInput({ city: 'Osaka' }));
    await expect(createTariff(yen, { zoneId: yenZone.id, ...tariffFields({ baseCost: '500.5' }) })).rejects.toMatchObject({
      fieldErrors: { baseCost: ['Enter a whole amount, like 1250 (JPY has no decimal places).'] },
    });
    expect(await tariffRow((await createTariff(yen, { zoneId: yenZone.id, ...tariffFields({ baseCost: '500' }) })).id)).toMatchObject({ baseCost: 500, currency: 'JPY' });
    // The dialog's schema says the same before anything is sent.
    const form = tariffFormSchema('USD').safeParse({ ...tariffFields(), baseCost: '1.999', estimatedHours: '0' });
    expect(form.error!.flatten().fieldErrors).toEqual({
      baseCost: ['Enter an amount like 12.50, with at most 2 decimal places.'],
      estimatedHours: ['Enter whole hours between 1 and 2000.'],
    });
    expect(tariffFormSchema('USD').safeParse({ ...tariffFields(), costPerKg: '1.2.3' }).error!.flatten().fieldErrors).toEqual({
      costPerKg: ['Enter an amount such as 12.50 (digits and one decimal point).'],
    });
    expect(tariffFormSchema('USD').safeParse({ ...tariffFields(), baseCost: '' }).error!.flatten().fieldErrors).toEqual({ baseCost: ['Enter the base cost (0 for free delivery).'] });
  });

  it('edits, deactivates and deletes, and the zone list counts what is left', async () => {
    const { org: o, owner: u } = await createOrganization();
    const c = await orgContextFor(u, o);
    const zone = await createZone(c, zoneInput());
    const standard = await createTariff(c, { zoneId: zone.id, ...tariffFields({ name: 'Standard' }) });
    const express = await createTariff(c, { zoneId: zone.id, ...tariffFields({ name: 'Express', baseCost: '15' }) });
    expect(await updateTariff(c, { tariffId: standard.id, ...tariffFields({ name: 'Standard', baseCost: '6.50', estimatedHours: '48' }) })).toEqual({ id: standard.id, changed: true });
    expect(await tariffRow(standard.id)).toMatchObject({ baseCost: 650, estimatedHours: 48 });
    await setTariffActive(c, { tariffId: express.id, isActive: false });
    expect((await listZones(c, ZoneListFilters.parse({}))).rows[0]).toMatchObject({ tariffs: 2, activeTariffs: 1 });
    await deleteTariff(c, { tariffId: express.id });
    expect((await getZone(c, zone.id)).tariffs.map((t) => t.name)).toEqual(['Standard']);
    expect(await auditActions(express.id)).toEqual(['delivery_tariff.created', 'delivery_tariff.deactivated', 'delivery_tariff.deleted']);
    await deleteZone(c, { zoneId: zone.id });
    expect((await tariffRow(standard.id)).deletedAt).not.toBeNull();
    await expect(updateTariff(c, { tariffId: standard.id, ...tariffFields() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("another organization can neither add to, read nor change this organization's tariffs", async () => {
    const tariff = await createTariff(await ctx(), { zoneId, ...tariffFields({ name: 'Mine' }) });
    const { org: other, owner: otherOwner } = await createOrganization();
    const intruder = await orgContextFor(otherOwner, other);
    await expect(createTariff(intruder, { zoneId, ...tariffFields() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateTariff(intruder, { tariffId: tariff.id, ...tariffFields({ baseCost: '0' }) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setTariffActive(intruder, { tariffId: tariff.id, isActive: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteTariff(intruder, { tariffId: tariff.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await tariffRow(tariff.id)).toMatchObject({ name: 'Mine', baseCost: 500, isActive: true, deletedAt: null });
  });

  it('refuses staff', async () => {
    const staff = await orgContextFor(await addMember(org, 'staff'), org);
    await expect(createTariff(staff, { zoneId, ...tariffFields() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
