import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { auditLogs, invitations, memberships, users } from '@/db/schema';
import { createOrganization, createUser, orgContextFor } from '@/db/test/factories';
import { verifyPassword } from '@/lib/auth/password';
import { acceptInvitation } from './accept-invitation';
import { acceptInvitationAsNewUser } from './accept-invitation-as-new-user';
import { getInvitationByToken } from './get-invitation-by-token';
import { inviteMember } from './invite-member';
import { revokeInvitation } from './revoke-invitation';
import { tokenFromLatestEmail } from './test-helpers';

const meta = { ipAddress: '127.0.0.1', userAgent: 'vitest' };

async function invite(email: string, role: 'staff' | 'courier' = 'staff') {
  const { org, owner } = await createOrganization({ name: 'Joinable' });
  const ctx = await orgContextFor(owner, org);
  const { id } = await inviteMember(ctx, { email, role });
  return { org, owner, ctx, id, token: await tokenFromLatestEmail(email) };
}
const membershipsOf = (orgId: string) => withPlatform((tx) => tx.select().from(memberships).where(eq(memberships.organizationId, orgId)));
const usersWith = (email: string) => withPlatform((tx) => tx.select().from(users).where(eq(users.email, email)));

describe('getInvitationByToken', () => {
  it('describes the invitation for the accept page, and knows nothing of a wrong token', async () => {
    const { token, owner } = await invite('lookup@example.test');
    await expect(getInvitationByToken(token)).resolves.toMatchObject({
      email: 'lookup@example.test',
      role: 'staff',
      state: 'open',
      organization: { name: 'Joinable' },
      inviterName: owner.name,
      hasAccount: false,
    });
    expect(await getInvitationByToken('x'.repeat(43))).toBeNull();
    expect(await getInvitationByToken('../../etc')).toBeNull();
  });
});

describe('acceptInvitation (signed-in user)', () => {
  it('adds the membership with the invited role, marks the invitation used and audits', async () => {
    const user = await createUser({ email: 'existing@example.test' });
    const { org, token, id } = await invite('Existing@example.test');
    expect((await getInvitationByToken(token))?.hasAccount).toBe(true);
    await expect(acceptInvitation({ user, meta }, { token })).resolves.toEqual({ slug: org.slug, role: 'staff' });
    expect((await orgContextFor(user, org)).role).toBe('staff');
    const [row] = await withPlatform((tx) => tx.select().from(invitations).where(eq(invitations.id, id)));
    expect(row).toMatchObject({ acceptedBy: user.id });
    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, id), eq(auditLogs.action, 'team.invitation_accepted'))));
    expect(audit).toHaveLength(1);
    await expect(acceptInvitation({ user, meta }, { token })).rejects.toMatchObject({ code: 'CONFLICT', message: 'This invitation has already been used.' });
  });

  it('refuses a user signed in with another address', async () => {
    const stranger = await createUser();
    const { org, token } = await invite('intended@example.test');
    await expect(acceptInvitation({ user: stranger, meta }, { token })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await membershipsOf(org.id)).toHaveLength(1);
  });

  it('refuses expired and revoked invitations with a clear message', async () => {
    const user = await createUser({ email: 'late@example.test' });
    const expired = await invite('late@example.test');
    await withOrg(expired.org.id, (tx) => tx.update(invitations).set({ expiresAt: new Date(Date.now() - 1) }).where(eq(invitations.id, expired.id)));
    await expect(acceptInvitation({ user, meta }, { token: expired.token })).rejects.toMatchObject({ message: 'This invitation has expired. Ask for a new one.' });

    const revoked = await invite('late@example.test');
    await revokeInvitation(revoked.ctx, { invitationId: revoked.id });
    await expect(acceptInvitation({ user, meta }, { token: revoked.token })).rejects.toMatchObject({ message: 'This invitation has been withdrawn.' });
    expect(await membershipsOf(expired.org.id)).toHaveLength(1);
    expect(await membershipsOf(revoked.org.id)).toHaveLength(1);
  });

  it('creates one membership when the same link is accepted twice in parallel', async () => {
    const user = await createUser({ email: 'double@example.test' });
    const { org, token } = await invite('double@example.test');
    const results = await Promise.allSettled([acceptInvitation({ user, meta }, { token }), acceptInvitation({ user, meta }, { token })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await membershipsOf(org.id)).filter((m) => m.userId === user.id)).toHaveLength(1);
  });
});

describe('acceptInvitationAsNewUser', () => {
  it('creates a verified account with the password, the membership and the audit row together', async () => {
    const { org, token, id } = await invite('fresh@example.test', 'courier');
    const result = await acceptInvitationAsNewUser(meta, { token, name: 'Fresh Courier', password: 'long enough password' });
    expect(result).toMatchObject({ slug: org.slug, role: 'courier' });
    const [user] = await usersWith('fresh@example.test');
    expect(user).toMatchObject({ id: result.userId, name: 'Fresh Courier' });
    expect(user!.emailVerified).toBeInstanceOf(Date);
    expect(await verifyPassword(user!.passwordHash, 'long enough password')).toBe(true);
    expect((await membershipsOf(org.id)).find((m) => m.userId === user!.id)?.role).toBe('courier');
    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, id)));
    expect(audit.find((a) => a.action === 'team.invitation_accepted')?.actorUserId).toBe(user!.id);
  });

  it('sends people who already have an account to sign in', async () => {
    await createUser({ email: 'has-account@example.test' });
    const { org, token } = await invite('has-account@example.test');
    await expect(acceptInvitationAsNewUser(meta, { token, name: 'Dup', password: 'long enough password' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Sign in'),
    });
    expect(await membershipsOf(org.id)).toHaveLength(1);
  });

  it('creates one account and one membership when submitted twice in parallel', async () => {
    const { org, token } = await invite('parallel@example.test');
    const input = { token, name: 'Parallel', password: 'long enough password' };
    const results = await Promise.allSettled([acceptInvitationAsNewUser(meta, input), acceptInvitationAsNewUser(meta, input)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await usersWith('parallel@example.test')).toHaveLength(1);
    expect(await membershipsOf(org.id)).toHaveLength(2);
  });

  it('refuses an unknown token and writes nothing', async () => {
    await expect(acceptInvitationAsNewUser(meta, { token: 'y'.repeat(43), name: 'Nobody', password: 'long enough password' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
