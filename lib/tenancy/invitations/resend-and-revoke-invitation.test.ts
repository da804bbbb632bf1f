import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { auditLogs, invitations } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { getInvitationByToken } from './get-invitation-by-token';
import { inviteMember } from './invite-member';
import { resendInvitation } from './resend-invitation';
import { revokeInvitation } from './revoke-invitation';
import { tokenFromLatestEmail } from './test-helpers';

async function invited(email: string, role: 'staff' | 'owner' = 'staff') {
  const { org, owner } = await createOrganization();
  const ctx = await orgContextFor(owner, org);
  const { id } = await inviteMember(ctx, { email, role });
  return { org, owner, ctx, id, token: await tokenFromLatestEmail(email) };
}
const reload = async (id: string) => (await withPlatform((tx) => tx.select().from(invitations).where(eq(invitations.id, id))))[0]!;
const actions = async (id: string) => (await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, id)))).map((a) => a.action).sort();

describe('resendInvitation', () => {
  it('sends a fresh link valid for another 7 days (also after expiry); the old link stops working', async () => {
    const { org, ctx, id, token } = await invited('resend@example.test');
    await withOrg(org.id, (tx) => tx.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, id)));
    expect((await getInvitationByToken(token))?.state).toBe('expired');

    const result = await resendInvitation(ctx, { invitationId: id });
    expect(result.emailSent).toBe(true);
    const fresh = await tokenFromLatestEmail('resend@example.test');
    expect(fresh).not.toBe(token);
    expect(await getInvitationByToken(token)).toBeNull();
    expect((await getInvitationByToken(fresh))?.state).toBe('open');
    expect(await actions(id)).toEqual(['team.invitation_resent', 'team.invitation_sent']);
  });

  it('cannot resend a revoked invitation or one of another organization; staff cannot resend', async () => {
    const { ctx, id } = await invited('closed@example.test');
    await revokeInvitation(ctx, { invitationId: id });
    await expect(resendInvitation(ctx, { invitationId: id })).rejects.toMatchObject({ code: 'CONFLICT' });

    const other = await invited('theirs@example.test');
    await expect(resendInvitation(ctx, { invitationId: other.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const theirStaff = await addMember(other.org, 'staff');
    await expect(resendInvitation(await orgContextFor(theirStaff, other.org), { invitationId: other.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('revokeInvitation', () => {
  it('withdraws the invitation: the link then reports it revoked', async () => {
    const { ctx, id, token } = await invited('revoke@example.test');
    await revokeInvitation(ctx, { invitationId: id });
    expect((await reload(id)).revokedAt).toBeInstanceOf(Date);
    expect((await getInvitationByToken(token))?.state).toBe('revoked');
    expect(await actions(id)).toEqual(['team.invitation_revoked', 'team.invitation_sent']);
  });

  it('cannot revoke another organization’s invitation; staff and admins (for owner invitations) are refused', async () => {
    const mine = await invited('mine@example.test');
    const theirs = await invited('boss@example.test', 'owner');
    await expect(revokeInvitation(mine.ctx, { invitationId: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const admin = await addMember(theirs.org, 'admin');
    await expect(revokeInvitation(await orgContextFor(admin, theirs.org), { invitationId: theirs.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const staff = await addMember(theirs.org, 'staff');
    await expect(revokeInvitation(await orgContextFor(staff, theirs.org), { invitationId: theirs.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await reload(theirs.id)).revokedAt).toBeNull();
  });
});
