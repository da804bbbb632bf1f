import { describe, expect, it } from 'vitest';
import { createUser } from '@/db/test/factories';
import { listSavedAddresses, saveAddress, setDefaultAddress } from './addresses';

const home = { fullName: 'Ann Shopper', phone: '+1 212 555 0100', country: 'US', city: 'Springfield', street: '1 Main St' };

describe('saved addresses', () => {
  it('keeps a user’s addresses with one default, the first saved one until another is chosen', async () => {
    const user = await createUser();
    const first = await saveAddress({ user }, home);
    const second = await saveAddress({ user }, { ...home, street: '2 Side St', apartment: '4B' });
    expect(first.isDefault).toBe(true);
    expect(second.isDefault).toBe(false);

    await setDefaultAddress({ user }, { addressId: second.id });

    const listed = await listSavedAddresses({ user });
    expect(listed.map((a) => [a.street, a.isDefault])).toEqual([
      ['2 Side St', true],
      ['1 Main St', false],
    ]);
    expect(listed[0]).toMatchObject({ apartment: '4B', district: '', instructions: '' });
  });

  it('saving with makeDefault moves the default', async () => {
    const user = await createUser();
    await saveAddress({ user }, home);
    await saveAddress({ user }, { ...home, street: '3 New St', makeDefault: true });
    expect((await listSavedAddresses({ user })).filter((a) => a.isDefault).map((a) => a.street)).toEqual(['3 New St']);
  });

  it('another user neither sees nor changes them', async () => {
    const owner = await createUser();
    const other = await createUser();
    const saved = await saveAddress({ user: owner }, home);
    expect(await listSavedAddresses({ user: other })).toEqual([]);
    await expect(setDefaultAddress({ user: other }, { addressId: saved.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
