import { describe, expect, it } from 'vitest';
import { addMember, createOrganization, createUser, orgContextFor } from '@/db/test/factories';
import { listMembers, MEMBERS_PAGE_SIZE } from './list-members';

describe('listMembers', () => {
  it('pages through members and searches by name or email, within the organization only', async () => {
    const { org, owner } = await createOrganization();
    const { org: other } = await createOrganization();
    for (let i = 0; i < MEMBERS_PAGE_SIZE + 2; i++) await addMember(org, 'staff');
    await addMember(org, 'courier', await createUser({ name: 'Zed 100%_Courier', email: `zed-${org.id}@example.test` }));
    await addMember(other, 'staff', await createUser({ name: 'Zed Elsewhere' }));
    const ctx = await orgContextFor(owner, org);

    const first = await listMembers(ctx, {});
    expect(first).toMatchObject({ total: MEMBERS_PAGE_SIZE + 4, page: 1, totalPages: 2 });
    expect(first.members).toHaveLength(MEMBERS_PAGE_SIZE);
    expect(first.members[0]).toMatchObject({ email: owner.email, role: 'owner' });
    expect((await listMembers(ctx, { page: '2' })).members).toHaveLength(4);
    expect((await listMembers(ctx, { page: '99' })).page).toBe(2);

    const byName = await listMembers(ctx, { q: 'zed' });
    expect(byName.members.map((m) => m.name)).toEqual(['Zed 100%_Courier']);
    expect((await listMembers(ctx, { q: `ZED-${org.id}` })).total).toBe(1);
    expect((await listMembers(ctx, { q: '100%_' })).total).toBe(1);
    expect((await listMembers(ctx, { q: '%' })).total).toBe(1); // a literal %, not "everything"
  });

  it('refuses staff', async () => {
    const { org } = await createOrganization();
    const staff = await addMember(org, 'staff');
    await expect(listMembers(await orgContextFor(staff, org), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
