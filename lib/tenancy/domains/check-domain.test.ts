import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, domains } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { resolveStorefront } from '@/lib/server/context';
import { addDomain } from './add-domain';
import { checkDomain } from './check-domain';
import type { ResolveTxt } from './dns';

const dnsError = (code: string): ResolveTxt => async () => {
  throw Object.assign(new Error(code), { code });
};
const reload = async (id: string) => (await withPlatform((tx) => tx.select().from(domains).where(eq(domains.id, id))))[0]!;

async function setup(hostname: string) {
  const { org, owner } = await createOrganization();
  const ctx = await orgContextFor(owner, org);
  const { id } = await addDomain(ctx, { hostname });
  return { org, owner, ctx, id };
}

describe('checkDomain', () => {
  it('verifies the domain when the TXT record carries the token; the storefront then answers on it', async () => {
    const { ctx, id, org } = await setup('verified.example.com');
    const { verificationToken } = await reload(id);
    const asked: string[] = [];
    const resolver: ResolveTxt = async (name) => {
      asked.push(name);
      return [['unrelated'], ['commerce-verify=', verificationToken]];
    };
    await expect(checkDomain(ctx, { domainId: id }, resolver)).resolves.toEqual({ status: 'verified', error: null });
    expect(asked).toEqual(['_commerce-verify.verified.example.com']);
    const domain = await reload(id);
    expect(domain).toMatchObject({ status: 'verified', lastCheckError: null });
    expect(domain.verifiedAt).toBeInstanceOf(Date);
    const site = await resolveStorefront('verified.example.com');
    expect(site.status === 'ok' && site.ctx.org.id).toBe(org.id);
  });

  it('records a failed check with a clear reason and time when there is no record or no DNS at all', async () => {
    const { ctx, id } = await setup('missing.example.com');
    const missing = await checkDomain(ctx, { domainId: id }, dnsError('ENOTFOUND'));
    expect(missing).toMatchObject({ status: 'failed', error: expect.stringContaining('No TXT record found at _commerce-verify.missing.example.com') });
    const offline = await checkDomain(ctx, { domainId: id }, dnsError('ECONNREFUSED'));
    expect(offline.error).toMatch(/could not reach DNS.*ECONNREFUSED/);
    const domain = await reload(id);
    expect(domain).toMatchObject({ status: 'failed', lastCheckError: offline.error });
    expect(domain.lastCheckedAt).toBeInstanceOf(Date);
    expect(await resolveStorefront('missing.example.com')).toEqual({ status: 'not_found' });
    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, id)));
    expect(audit.filter((a) => a.action === 'domain.check_failed')).toHaveLength(2);
  });

  it('says so when the record exists with the wrong value', async () => {
    const { ctx, id } = await setup('wrong.example.com');
    const result = await checkDomain(ctx, { domainId: id }, async () => [['commerce-verify=something-else']]);
    expect(result).toMatchObject({ status: 'failed', error: expect.stringContaining('not the value') });
  });

  it('cannot check another organization’s domain, and staff cannot check at all', async () => {
    const { id, org } = await setup('theirs.example.com');
    const { org: mine, owner: me } = await createOrganization();
    await expect(checkDomain(await orgContextFor(me, mine), { domainId: id }, dnsError('ENOTFOUND'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const staff = await addMember(org, 'staff');
    await expect(checkDomain(await orgContextFor(staff, org), { domainId: id }, dnsError('ENOTFOUND'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await reload(id)).lastCheckedAt).toBeNull();
  });

  it('checks a verified domain again: a missing record is reported but keeps it serving, and fixing it clears the warning', async () => {
    const { ctx, id } = await setup('recheck-me.example.com');
    const { verificationToken } = await reload(id);
    const present: ResolveTxt = async () => [[`commerce-verify=${verificationToken}`]];
    await checkDomain(ctx, { domainId: id }, present);
    const missing = await checkDomain(ctx, { domainId: id }, dnsError('ENOTFOUND'));
    expect(missing).toMatchObject({ status: 'verified', error: expect.stringContaining('No TXT record') });
    expect((await resolveStorefront('recheck-me.example.com')).status).toBe('ok');
    await expect(checkDomain(ctx, { domainId: id }, present)).resolves.toEqual({ status: 'verified', error: null });
    expect(await reload(id)).toMatchObject({ status: 'verified', lastCheckError: null });
  });
});
