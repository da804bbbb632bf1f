import { describe, expect, it } from 'vitest';
import { addMember, createOrganization, createUser } from '@/db/test/factories';
import { listCourierOrganizations } from './list-courier-organizations';

describe('listCourierOrganizations', () => {
  it('lists only the organizations where the user is a courier', async () => {
    const courier = await createUser();
    const { org: a } = await createOrganization({ name: 'Alpha Foods' });
    const { org: b } = await createOrganization({ name: 'Beta Books', status: 'suspended' });
    const { org: staffOnly } = await createOrganization({ name: 'Gamma Goods' });
    await createOrganization({ name: 'Delta Unrelated' });
    await addMember(a, 'courier', courier);
    await addMember(b, 'courier', courier);
    await addMember(staffOnly, 'staff', courier);

    const orgs = await listCourierOrganizations(courier.id);

    expect(orgs.map((o) => [o.name, o.status])).toEqual([
      ['Alpha Foods', 'active'],
      ['Beta Books', 'suspended'],
    ]);
  });

  it('is empty for a user who is no courier anywhere', async () => {
    const { owner } = await createOrganization();
    expect(await listCourierOrganizations(owner.id)).toEqual([]);
  });
});
