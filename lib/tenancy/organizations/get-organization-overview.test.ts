import { describe, expect, it } from 'vitest';
import { withOrg } from '@/db/scope';
import { domains, invitations } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { getOrganizationOverview } from './get-organization-overview';
import { updateOrganizationSettings } from './update-organization-settings';
import { UpdateOrganizationSettingsInput } from './schemas';

describe('getOrganizationOverview', () => {
  it('counts this organization’s team, open invitations and domains, with its latest activity', async () => {
    const { org, owner } = await createOrganization();
    const { org: other } = await createOrganization();
    await addMember(org, 'staff');
    await addMember(other, 'staff');
    const week = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, isOpen: false, openTime: '09:00', closeTime: '17:00', breaks: [] }));
    const ctx = await orgContextFor(owner, org);
    await updateOrganizationSettings(
      ctx,
      UpdateOrganizationSettingsInput.parse({
        name: 'Fresh Name', description: '', category: '', contactEmail: '', contactPhone: '',
        address: { street: '', building: '', city: '', region: '', postalCode: '', country: '', landmark: '' },
        workingHours: week, socialLinks: { instagram: '', facebook: '', twitter: '', whatsapp: '', website: '' },
        brandPrimaryColor: '#112233', brandSecondaryColor: '#445566', defaultCurrency: 'USD', defaultLocale: 'en-US', timezone: 'UTC',
      }),
    );
    const future = new Date(Date.now() + 86_400_000);
    await withOrg(org.id, async (tx) => {
      await tx.insert(domains).values({ organizationId: org.id, hostname: `shop-${org.slug}.test`, verificationToken: 't' });
      await tx.insert(invitations).values([
        { organizationId: org.id, email: 'open@example.test', role: 'staff', tokenHash: `a-${org.id}`, invitedBy: owner.id, expiresAt: future },
        { organizationId: org.id, email: 'old@example.test', role: 'staff', tokenHash: `b-${org.id}`, invitedBy: owner.id, expiresAt: new Date(Date.now() - 1000) },
      ]);
    });
    await withOrg(other.id, (tx) => tx.insert(domains).values({ organizationId: other.id, hostname: `shop-${other.slug}.test`, verificationToken: 't' }));

    const overview = await getOrganizationOverview(ctx);
    expect(overview).toMatchObject({ teamSize: 2, pendingInvitations: 1, customDomains: 1 });
    expect(overview.recentActivity).toHaveLength(1);
    expect(overview.recentActivity?.[0]).toMatchObject({ action: 'organization.settings_updated', actorEmail: owner.email });
  });

  it('is open to staff but not to couriers', async () => {
    const { org } = await createOrganization();
    const staff = await addMember(org, 'staff');
    const courier = await addMember(org, 'courier');
    // Staff get the counts, but not who did what: that is the audit log's, which staff may not read.
    await expect(getOrganizationOverview(await orgContextFor(staff, org))).resolves.toMatchObject({ teamSize: 3, recentActivity: null });
    await expect(getOrganizationOverview(await orgContextFor(courier, org))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
