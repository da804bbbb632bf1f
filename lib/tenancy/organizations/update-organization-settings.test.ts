import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, organizations, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { UpdateOrganizationSettingsInput } from './schemas';
import { updateOrganizationSettings } from './update-organization-settings';

const week = () =>
  [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, isOpen: day !== 0, openTime: '09:00', closeTime: '18:00', breaks: [] as { startTime: string; endTime: string }[] }));

function settings(org: Organization, overrides: Partial<UpdateOrganizationSettingsInput> = {}) {
  return {
    name: org.name,
    description: '',
    category: '',
    contactEmail: '',
    contactPhone: '',
    address: { street: '', building: '', city: '', region: '', postalCode: '', country: '', landmark: '' },
    workingHours: week(),
    socialLinks: { instagram: '', facebook: '', twitter: '', whatsapp: '', website: '' },
    brandPrimaryColor: org.brandPrimaryColor,
    brandSecondaryColor: org.brandSecondaryColor,
    defaultCurrency: 'USD',
    defaultLocale: 'en-US',
    timezone: 'UTC',
    ...overrides,
  };
}

const auditRows = (orgId: string) => withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.organizationId, orgId)));
const reload = async (orgId: string) => (await withPlatform((tx) => tx.select().from(organizations).where(eq(organizations.id, orgId))))[0]!;

let org: Organization;
let owner: User;
let other: Organization;

beforeAll(async () => {
  ({ org, owner } = await createOrganization({ defaultLocale: 'en-US' }));
  ({ org: other } = await createOrganization());
});

describe('updateOrganizationSettings', () => {
  it('saves the business fields and writes one audit row holding only what changed', async () => {
    const ctx = await orgContextFor(owner, org);
    const input = UpdateOrganizationSettingsInput.parse(
      settings(org, {
        name: 'Renamed Store',
        contactEmail: 'Hello@Store.test',
        address: { street: 'Main St 1', building: '', city: 'Colombo', region: '', postalCode: '', country: 'LK', landmark: 'Near the clock tower' },
        socialLinks: { instagram: 'https://instagram.com/renamed', facebook: '', twitter: '', whatsapp: '', website: '' },
        workingHours: week().map((d) => (d.day === 1 ? { ...d, breaks: [{ startTime: '13:00', endTime: '14:00' }] } : d)),
        brandPrimaryColor: '#0E7490',
      }),
    );
    await expect(updateOrganizationSettings(ctx, input)).resolves.toEqual({ changed: true });

    const saved = await reload(org.id);
    expect(saved).toMatchObject({
      name: 'Renamed Store',
      contactEmail: 'hello@store.test',
      description: null,
      address: { street: 'Main St 1', city: 'Colombo', country: 'LK', landmark: 'Near the clock tower' },
      socialLinks: { instagram: 'https://instagram.com/renamed' },
      brandPrimaryColor: '#0e7490',
    });
    expect(saved.workingHours[1]!.breaks).toEqual([{ startTime: '13:00', endTime: '14:00' }]);

    const audit = await auditRows(org.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('organization.settings_updated');
    expect(Object.keys(audit[0]!.newValues as object).sort()).toEqual(
      ['address', 'brandPrimaryColor', 'contactEmail', 'name', 'socialLinks', 'workingHours'].sort(),
    );
    expect(audit[0]!.oldValues).toMatchObject({ name: org.name });

    // Saving the same values again changes nothing and adds no audit row.
    await expect(updateOrganizationSettings(await orgContextFor(owner, org), input)).resolves.toEqual({ changed: false });
    expect(await auditRows(org.id)).toHaveLength(1);
  });

  it('rejects bad working hours with field errors', () => {
    const hours = week();
    hours[2] = { ...hours[2]!, openTime: '18:00', closeTime: '09:00' };
    hours[3] = { ...hours[3]!, breaks: [{ startTime: '08:00', endTime: '10:00' }] };
    hours[4] = { ...hours[4]!, breaks: [{ startTime: '12:00', endTime: '13:00' }, { startTime: '12:30', endTime: '14:00' }] };
    hours[5] = { ...hours[5]!, breaks: [{ startTime: '15:00', endTime: '14:00' }] };
    const parsed = UpdateOrganizationSettingsInput.safeParse(settings(org, { workingHours: hours }));
    expect(parsed.success).toBe(false);
    const errors = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(errors).toMatchObject({
      'workingHours.2.closeTime': 'Closing time must be after opening time.',
      'workingHours.3.breaks.0.startTime': 'Breaks must fall inside opening hours.',
      'workingHours.4.breaks.1.startTime': 'Breaks must not overlap.',
      'workingHours.5.breaks.0.endTime': 'A break must end after it starts.',
    });
  });

  it('ignores the times of closed days', () => {
    const hours = week().map((d) => (d.day === 0 ? { ...d, isOpen: false, openTime: '', closeTime: '' } : d));
    expect(UpdateOrganizationSettingsInput.safeParse(settings(org, { workingHours: hours })).success).toBe(true);
  });

  it('rejects links that are not web addresses and bad colours', () => {
    const parsed = UpdateOrganizationSettingsInput.safeParse(
      settings(org, {
        socialLinks: { instagram: 'javascript:alert(1)', facebook: 'facebook', twitter: '', whatsapp: '', website: '' },
        brandSecondaryColor: 'red',
      }),
    );
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['brandSecondaryColor', 'socialLinks.facebook', 'socialLinks.instagram']);
  });

  it('refuses a staff member and changes nothing', async () => {
    const staff = await addMember(org, 'staff');
    const before = await reload(org.id);
    const ctx = await orgContextFor(staff, org);
    await expect(updateOrganizationSettings(ctx, UpdateOrganizationSettingsInput.parse(settings(org, { name: 'Staff was here' })))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await reload(org.id)).name).toBe(before.name);
  });

  it('only ever changes the organization of the context', async () => {
    const ctx = await orgContextFor(owner, org);
    await updateOrganizationSettings(ctx, UpdateOrganizationSettingsInput.parse(settings(org, { name: 'Only Mine' })));
    expect((await reload(other.id)).name).toBe(other.name);
    await expect(orgContextFor(owner, other)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
