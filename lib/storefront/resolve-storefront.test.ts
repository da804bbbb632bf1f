import { describe, expect, it } from 'vitest';
import { withOrg } from '@/db/scope';
import { domains } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { resolveStorefront } from '@/lib/server/context';

describe('resolveStorefront (which store a host shows)', () => {
  it('finds a store by its subdomain of the platform host, any case, with or without port', async () => {
    const { org } = await createOrganization();
    for (const host of [`${org.slug}.localhost:3000`, `${org.slug.toUpperCase()}.LOCALHOST:3000`, `${org.slug}.localhost`]) {
      const resolved = await resolveStorefront(host);
      expect(resolved.status).toBe('ok');
      if (resolved.status === 'ok') expect(resolved.ctx.org.id).toBe(org.id);
    }
  });

  it('serves a verified custom domain and not a pending one', async () => {
    const { org } = await createOrganization();
    await withOrg(org.id, (tx) =>
      tx.insert(domains).values([
        { organizationId: org.id, hostname: 'shop-verified.test', status: 'verified', verificationToken: 't1', verifiedAt: new Date() },
        { organizationId: org.id, hostname: 'shop-pending.test', status: 'pending', verificationToken: 't2' },
      ]),
    );
    const verified = await resolveStorefront('shop-verified.test');
    expect(verified.status).toBe('ok');
    if (verified.status === 'ok') expect(verified.ctx.org.id).toBe(org.id);
    expect(await resolveStorefront('shop-pending.test')).toEqual({ status: 'not_found' });
  });

  it('answers not_found for unknown hosts, nested subdomains and the platform host itself', async () => {
    expect(await resolveStorefront('nobody-here.localhost:3000')).toEqual({ status: 'not_found' });
    expect(await resolveStorefront('unknown-shop.test')).toEqual({ status: 'not_found' });
    const { org } = await createOrganization();
    expect(await resolveStorefront(`a.${org.slug}.localhost:3000`)).toEqual({ status: 'not_found' });
    expect(await resolveStorefront('localhost:3000')).toEqual({ status: 'not_found' });
  });

  it('shows a suspended or cancelled store as unavailable', async () => {
    const { org: suspended } = await createOrganization({ status: 'suspended' });
    const { org: cancelled } = await createOrganization({ status: 'cancelled' });
    expect(await resolveStorefront(`${suspended.slug}.localhost:3000`)).toMatchObject({ status: 'unavailable', org: { id: suspended.id } });
    expect(await resolveStorefront(`${cancelled.slug}.localhost:3000`)).toMatchObject({ status: 'unavailable', org: { id: cancelled.id } });
  });
});
