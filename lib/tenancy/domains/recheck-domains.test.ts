import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withGlobal, withOrg, withPlatform } from '@/db/scope';
import { auditLogs, domains, emailOutbox } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { resolveStorefront } from '@/lib/server/context';
import { addDomain } from './add-domain';
import { checkDomain } from './check-domain';
import type { ResolveTxt } from './dns';
import { recheckDomains } from './recheck-domains';

const reload = async (id: string) => (await withPlatform((tx) => tx.select().from(domains).where(eq(domains.id, id))))[0]!;
const auditsOf = (id: string) => withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, id)).orderBy(auditLogs.createdAt));
const outboxFor = (to: string) => withGlobal((tx) => tx.select().from(emailOutbox).where(and(eq(emailOutbox.to, to), eq(emailOutbox.template, 'domain-unverified'))));

/** A fake DNS: the TXT records currently published, by record name. */
function fakeDns() {
  const records = new Map<string, string[][]>();
  const resolve: ResolveTxt = async (name) => {
    const found = records.get(name);
    if (!found) throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
    return found;
  };
  return {
    resolve,
    publish: (hostname: string, token: string) => records.set(`_commerce-verify.${hostname}`, [[`commerce-verify=${token}`]]),
    remove: (hostname: string) => records.delete(`_commerce-verify.${hostname}`),
  };
}

const HOUR = 60 * 60 * 1000;
/** Successive hourly runs, after any check the test made in real time. */
const runAt = (n: number) => new Date(Date.now() + n * HOUR);

async function setup(hostname: string) {
  const { org, owner } = await createOrganization();
  const ctx = await orgContextFor(owner, org);
  const { id } = await addDomain(ctx, { hostname });
  const { verificationToken } = await reload(id);
  return { org, owner, ctx, id, token: verificationToken };
}

describe('recheckDomains', () => {
  it('verifies a pending domain once its record appears, without anyone pressing Check now', async () => {
    const dns = fakeDns();
    const { id, token, org, ctx } = await setup('later.example.com');
    // The merchant checked too early: failed.
    await checkDomain(ctx, { domainId: id }, dns.resolve);
    expect((await reload(id)).status).toBe('failed');

    dns.publish('later.example.com', token);
    const at = runAt(1);
    const summary = await recheckDomains(at, dns.resolve);
    expect(summary).toMatchObject({ errors: 0 });
    expect(await reload(id)).toMatchObject({ status: 'verified', lastCheckError: null, lastCheckedAt: at });
    const site = await resolveStorefront('later.example.com');
    expect(site.status === 'ok' && site.ctx.org.id).toBe(org.id);
    const verifiedAudit = (await auditsOf(id)).find((a) => a.action === 'domain.verified');
    expect(verifiedAudit).toMatchObject({ actorType: 'system', actorUserId: null });
  });

  it('keeps a pending domain failing quietly: one audit row per change, not one per hour', async () => {
    const dns = fakeDns();
    const { id } = await setup('never.example.com');
    await recheckDomains(runAt(1), dns.resolve);
    await recheckDomains(runAt(2), dns.resolve);
    expect(await reload(id)).toMatchObject({ status: 'failed', lastCheckError: expect.stringContaining('No TXT record found') });
    expect((await auditsOf(id)).filter((a) => a.action === 'domain.check_failed')).toHaveLength(1);
  });

  it('unverifies a verified domain only after 3 failed runs in a row, then stops routing and emails the owners', async () => {
    const dns = fakeDns();
    const { id, token, org, owner, ctx } = await setup('gone.example.com');
    const coOwner = await addMember(org, 'owner');
    const staff = await addMember(org, 'staff');
    dns.publish('gone.example.com', token);
    await checkDomain(ctx, { domainId: id }, dns.resolve);
    await withOrg(org.id, (tx) => tx.update(domains).set({ isPrimary: true }).where(eq(domains.id, id)));

    dns.remove('gone.example.com');
    await recheckDomains(runAt(1), dns.resolve);
    await recheckDomains(runAt(2), dns.resolve);
    // Two misses: still verified and serving, with the problem shown.
    expect(await reload(id)).toMatchObject({ status: 'verified', isPrimary: true, lastCheckError: expect.stringContaining('No TXT record') });
    expect((await resolveStorefront('gone.example.com')).status).toBe('ok');
    expect(await outboxFor(owner.email)).toHaveLength(0);

    const summary = await recheckDomains(runAt(3), dns.resolve);
    expect(summary).toMatchObject({ unverified: 1, errors: 0 });
    expect(await reload(id)).toMatchObject({ status: 'failed', isPrimary: false });
    expect(await resolveStorefront('gone.example.com')).toEqual({ status: 'not_found' });
    const [mail] = await outboxFor(owner.email);
    expect(mail?.subject).toContain('gone.example.com');
    expect(mail?.html).toContain(`/dashboard/${org.slug}/settings/domains`);
    expect(await outboxFor(coOwner.email)).toHaveLength(1);
    expect(await outboxFor(staff.email)).toHaveLength(0);

    const actions = (await auditsOf(id)).map((a) => a.action);
    expect(actions.slice(-3)).toEqual(['domain.check_failed', 'domain.check_failed', 'domain.unverified']);
    // A fourth failed run changes nothing more and sends no second email.
    await recheckDomains(runAt(4), dns.resolve);
    expect(await outboxFor(owner.email)).toHaveLength(1);
  });

  it('starts the count again after a successful check in between', async () => {
    const dns = fakeDns();
    const { id, token, ctx, owner } = await setup('flaky.example.com');
    dns.publish('flaky.example.com', token);
    await checkDomain(ctx, { domainId: id }, dns.resolve);

    dns.remove('flaky.example.com');
    await recheckDomains(runAt(1), dns.resolve);
    await recheckDomains(runAt(2), dns.resolve);
    dns.publish('flaky.example.com', token);
    await recheckDomains(runAt(3), dns.resolve);
    expect(await reload(id)).toMatchObject({ status: 'verified', lastCheckError: null });
    dns.remove('flaky.example.com');
    await recheckDomains(runAt(4), dns.resolve);
    await recheckDomains(runAt(5), dns.resolve);
    expect(await reload(id)).toMatchObject({ status: 'verified', lastCheckError: expect.any(String) });
    expect(await outboxFor(owner.email)).toHaveLength(0);
    await recheckDomains(runAt(6), dns.resolve);
    expect((await reload(id)).status).toBe('failed');
  });

  it('checks the longest-unchecked domains first, skips ones checked minutes ago, and survives a resolver that throws oddly', async () => {
    const asked: string[] = [];
    const resolve: ResolveTxt = async (name) => {
      asked.push(name);
      if (name.includes('weird')) throw new Error('no code at all');
      throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    const a = await setup('a-order.example.com');
    const b = await setup('b-weird.example.com');
    await checkDomain(a.ctx, { domainId: a.id }, resolve);
    asked.length = 0;
    // a was checked just now (in real time): a run right away leaves it alone.
    const mine = () => asked.filter((n) => n.endsWith('a-order.example.com') || n.endsWith('b-weird.example.com'));
    const soon = await recheckDomains(new Date(), resolve);
    expect(mine()).toEqual(['_commerce-verify.b-weird.example.com']);
    expect(soon.errors).toBe(0);
    expect((await reload(b.id)).lastCheckError).toMatch(/could not reach DNS/);
    asked.length = 0;
    await recheckDomains(runAt(1), resolve);
    // a was checked before b: it goes first.
    expect(mine()).toEqual(['_commerce-verify.a-order.example.com', '_commerce-verify.b-weird.example.com']);
  });

  it('leaves domains under reserved test TLDs alone (the demo’s acme-goods.test stays verified)', async () => {
    const dns = fakeDns();
    const { id, org } = await setup('demo-shop.test');
    await withOrg(org.id, (tx) => tx.update(domains).set({ status: 'verified', verifiedAt: new Date() }).where(eq(domains.id, id)));
    for (const n of [1, 2, 3, 4]) await recheckDomains(runAt(n), dns.resolve);
    expect(await reload(id)).toMatchObject({ status: 'verified', lastCheckedAt: null });
  });
});
