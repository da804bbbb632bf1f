import { describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs, invitations } from '@/db/schema';
import { sha256 } from '@/lib/crypto/hash';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { inviteMember } from './invite-member';
import { listInvitations } from './list-invitations';
import { InviteMemberInput } from './schemas';
import { emailsTo, tokenFromLatestEmail } from './test-helpers';

const openInvitations = (orgId: string) =>
  withPlatform((tx) =>
    tx.select().from(invitations).where(and(eq(invitations.organizationId, orgId), isNull(invitations.revokedAt), isNull(invitations.acceptedAt))),
  );

describe('inviteMember', () => {
  it('stores only the token hash, expires in 7 days, audits, and emails the link after commit', async () => {
    const { org, owner } = await createOrganization({ name: 'Inkwell Test' });
    const ctx = await orgContextFor(owner, org);
    const result = await inviteMember(ctx, InviteMemberInput.parse({ email: ' New.Person@Example.TEST ', role: 'staff' }));
    expect(result).toMatchObject({ email: 'new.person@example.test', role: 'staff', emailSent: true });
    const days = (result.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);

    const [mail] = await emailsTo('new.person@example.test');
    expect(mail).toMatchObject({ template: 'invitation', subject: expect.stringContaining('Inkwell Test') });
    const token = await tokenFromLatestEmail('new.person@example.test');
    const [row] = await openInvitations(org.id);
    expect(row).toMatchObject({ tokenHash: sha256(token), invitedBy: owner.id });
    expect(JSON.stringify(row)).not.toContain(token);
    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, row!.id)));
    expect(audit.map((a) => a.action)).toEqual(['team.invitation_sent']);

    const listed = await listInvitations(ctx, {});
    expect(listed.invitations).toEqual([expect.objectContaining({ email: 'new.person@example.test', role: 'staff', invitedByEmail: owner.email })]);
  });

  it('replaces an open invitation to the same address; the old link stops working', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    await inviteMember(ctx, { email: 'again@example.test', role: 'staff' });
    const oldToken = await tokenFromLatestEmail('again@example.test');
    await inviteMember(ctx, { email: 'again@example.test', role: 'admin' });
    const open = await openInvitations(org.id);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ role: 'admin' });
    expect(open[0]!.tokenHash).not.toBe(sha256(oldToken));
  });

  it('leaves one open invitation when the same address is invited twice in parallel', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const results = await Promise.allSettled([
      inviteMember(ctx, { email: 'twice@example.test', role: 'staff' }),
      inviteMember(ctx, { email: 'twice@example.test', role: 'staff' }),
      inviteMember(ctx, { email: 'twice@example.test', role: 'seller' }),
      inviteMember(ctx, { email: 'twice@example.test', role: 'admin' }),
      inviteMember(ctx, { email: 'twice@example.test', role: 'courier' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('fulfilled'));
    expect(await openInvitations(org.id)).toHaveLength(1);
  });

  it('refuses someone who is already a member, with a field error', async () => {
    const { org, owner } = await createOrganization();
    const staff = await addMember(org, 'staff');
    await expect(inviteMember(await orgContextFor(owner, org), { email: staff.email.toUpperCase().toLowerCase(), role: 'admin' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { email: [expect.stringContaining('already a member')] },
    });
    expect(await openInvitations(org.id)).toHaveLength(0);
  });

  it('lets admins invite every role but owner, and staff nobody', async () => {
    const { org } = await createOrganization();
    const admin = await addMember(org, 'admin');
    const staff = await addMember(org, 'staff');
    const adminCtx = await orgContextFor(admin, org);
    await expect(inviteMember(adminCtx, { email: 'boss@example.test', role: 'owner' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(inviteMember(adminCtx, { email: 'rider@example.test', role: 'courier' })).resolves.toMatchObject({ role: 'courier' });
    await expect(inviteMember(await orgContextFor(staff, org), { email: 'x@example.test', role: 'staff' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listInvitations(await orgContextFor(staff, org), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await openInvitations(org.id)).toHaveLength(1);
  });

  it('does not treat a member of another organization as a member here', async () => {
    const { org: a, owner: ownerA } = await createOrganization();
    const { org: b } = await createOrganization();
    const theirs = await addMember(b, 'staff');
    await expect(inviteMember(await orgContextFor(ownerA, a), { email: theirs.email, role: 'staff' })).resolves.toMatchObject({ email: theirs.email });
    expect(await openInvitations(b.id)).toHaveLength(0);
  });
});
