import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { domains, organizations } from '@/db/schema';
import { createOrganization, orgContextFor } from '@/db/test/factories';
import { addDomain } from '@/lib/tenancy/domains/add-domain';
import { GET } from './route';

const ask = (query: string) => GET(new Request(`http://app:3000/api/tls/ask${query}`));
const askFor = async (domain: string) => (await ask(`?domain=${encodeURIComponent(domain)}`)).status;

async function orgWithDomain(hostname: string, status: 'pending' | 'verified') {
  const { org, owner } = await createOrganization();
  const { id } = await addDomain(await orgContextFor(owner, org), { hostname });
  await withPlatform((tx) => tx.update(domains).set({ status }).where(eq(domains.id, id)));
  return org;
}

describe('GET /api/tls/ask', () => {
  it('allows a verified custom domain of an active organization, in any letter case', async () => {
    await orgWithDomain('tls-ok.example.com', 'verified');
    expect(await askFor('tls-ok.example.com')).toBe(200);
    expect(await askFor('TLS-OK.example.com.')).toBe(200);
  });

  it('refuses a pending domain, and a verified one once its organization is suspended', async () => {
    await orgWithDomain('tls-pending.example.com', 'pending');
    expect(await askFor('tls-pending.example.com')).toBe(404);
    const org = await orgWithDomain('tls-suspended.example.com', 'verified');
    await withPlatform((tx) => tx.update(organizations).set({ status: 'suspended' }).where(eq(organizations.id, org.id)));
    expect(await askFor('tls-suspended.example.com')).toBe(404);
  });

  it('allows the platform subdomain of an existing active organization only', async () => {
    const { org } = await createOrganization();
    // Tests run with the platform host localhost:3000.
    expect(await askFor(`${org.slug}.localhost`)).toBe(200);
    expect(await askFor('no-such-store.localhost')).toBe(404);
    expect(await askFor('localhost')).toBe(404);
    await withPlatform((tx) => tx.update(organizations).set({ status: 'suspended' }).where(eq(organizations.id, org.id)));
    expect(await askFor(`${org.slug}.localhost`)).toBe(404);
  });

  it('refuses unknown names with 404 and malformed requests with 400', async () => {
    expect(await askFor('unknown.example.com')).toBe(404);
    expect((await ask('')).status).toBe(400);
    expect((await ask('?domain=')).status).toBe(400);
    for (const bad of ['exa mple.com', 'shop.example.com:443', '-x.example.com', 'a..b.com', `${'a'.repeat(64)}.com`]) {
      expect(await askFor(bad), bad).toBe(400);
    }
  });
});
