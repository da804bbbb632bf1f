import { beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, organizations, type Organization, type User } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { settingsFormValues } from './settings-form-data';

// The action resolves the signed-in user from the session; here it is the organization's owner.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/auth/current-user', () => ({
  requireUser: async () => session.user,
  getCurrentUser: async () => session.user,
}));

// Storefront pages are revalidated after a change; outside a Next request there is nothing to revalidate.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { updateOrganizationSettingsAction } = await import('./actions');

let org: Organization;

beforeAll(async () => {
  const created = await createOrganization({ defaultLocale: 'en-US' });
  org = created.org;
  session.user = created.owner;
});

const reload = async () => (await withPlatform((tx) => tx.select().from(organizations).where(eq(organizations.id, org.id))))[0]!;
const audits = () => withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.organizationId, org.id)));

describe('updateOrganizationSettingsAction', () => {
  it('returns field errors for bad working hours and writes nothing', async () => {
    const values = settingsFormValues(org);
    values.name = 'Should not be saved';
    values.workingHours[2] = { day: 2, isOpen: true, openTime: '17:00', closeTime: '09:00', breaks: [] };
    const result = await updateOrganizationSettingsAction(org.slug, values);
    expect(result.error).toMatchObject({ code: 'INVALID', fieldErrors: { 'workingHours.2.closeTime': ['Closing time must be after opening time.'] } });
    expect((await reload()).name).toBe(org.name);
    expect(await audits()).toHaveLength(0);
  });

  it('saves valid input and reports it changed', async () => {
    const values = { ...settingsFormValues(org), category: 'Hardware' };
    await expect(updateOrganizationSettingsAction(org.slug, values)).resolves.toEqual({ data: { changed: true } });
    expect((await reload()).category).toBe('Hardware');
    expect(await audits()).toHaveLength(1);
  });

  it('answers NOT_FOUND for an organization the user is not a member of', async () => {
    const { org: other } = await createOrganization({ defaultLocale: 'en-US' });
    const result = await updateOrganizationSettingsAction(other.slug, settingsFormValues(other));
    expect(result.error?.code).toBe('NOT_FOUND');
  });
});
