import { describe, expect, it } from 'vitest';
import { addMember, adminContextFor, createOrganization, createPlatformAdmin } from '@/db/test/factories';
import { getTenant } from './get-tenant';

describe('getTenant', () => {
  it('shows members (names, emails) only to roles that may see users', async () => {
    const { org, owner } = await createOrganization();
    await addMember(org, 'staff');
    const superAdmin = await getTenant(await adminContextFor(await createPlatformAdmin('super_admin')), { organizationId: org.id });
    expect(superAdmin.members?.map((m) => m.email)).toContain(owner.email);
    expect(superAdmin.members).toHaveLength(2);

    const accounting = await getTenant(await adminContextFor(await createPlatformAdmin('accounting')), { organizationId: org.id });
    expect(accounting.organization.id).toBe(org.id);
    expect(accounting.members).toBeNull();
  });
});
