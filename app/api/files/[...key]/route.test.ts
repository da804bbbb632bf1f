import { describe, expect, it, vi } from 'vitest';
import { GET } from './route';

vi.mock('@/lib/storage', async (original) => ({
  ...(await original<typeof import('@/lib/storage')>()),
  getStorage: () => ({ get: async () => ({ bytes: new Uint8Array([1, 2, 3]), contentType: 'image/webp' }) }),
}));

const get = (key: string) => GET(new Request(`http://app.localhost/api/files/${key}`), { params: Promise.resolve({ key: key.split('/') }) });

describe('GET /api/files/[...key]', () => {
  it('never serves a proof-of-delivery photo, even one that exists', async () => {
    expect((await get('delivery-proofs/org_1/0123456789abcdef01234567.webp')).status).toBe(404);
    expect((await get('orgs/org_1/products/prod_1/abc.webp')).status).toBe(200);
  });
});
