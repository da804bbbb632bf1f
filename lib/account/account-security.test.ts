import { describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '@/db/test/factories';
import { checkSession, createSession } from '@/lib/auth/sessions';
import { verifyPasswordStep } from '@/lib/auth/sign-in';
import { sha256 } from '@/lib/crypto/hash';
import { changePassword, PASSWORD_CHECK_LIMIT } from './change-password';
import { listSessions } from './list-sessions';
import { revokeOtherSessions } from './revoke-other-sessions';
import { revokeSession } from './revoke-session';
import { auditActions, freshMeta } from './testing';
import { updateProfile } from './update-profile';

const NEW_PASSWORD = 'amber tram 1961 hillside';

async function userWithSessions(n: number) {
  const user = await createUser();
  const tokens: string[] = [];
  for (let i = 0; i < n; i++) tokens.push(await createSession(user.id, { ipAddress: `192.0.2.${i + 1}`, userAgent: `agent ${i}` }));
  return { user, tokens };
}

describe('changing the password', () => {
  it('needs the current password, keeps this session and ends the others', async () => {
    const { user, tokens } = await userWithSessions(3);
    const ctx = { user, meta: freshMeta(), sessionId: tokens[0]! };
    await expect(changePassword(ctx, { currentPassword: 'not the one', newPassword: NEW_PASSWORD })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { currentPassword: ['That is not your current password.'] },
    });
    expect(await checkSession(tokens[1]!, user.id)).toBe(true);

    await expect(changePassword(ctx, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).resolves.toEqual({ otherSessionsEnded: 2 });
    expect(await checkSession(tokens[0]!, user.id)).toBe(true);
    expect(await checkSession(tokens[1]!, user.id)).toBe(false);
    expect(await checkSession(tokens[2]!, user.id)).toBe(false);
    await expect(verifyPasswordStep({ email: user.email, password: NEW_PASSWORD }, freshMeta())).resolves.toMatchObject({ status: 'signed-in' });
    expect((await auditActions(user.id)).map((a) => a.action)).toEqual(['account.password_changed']);
  });

  it('limits guesses at the current password', async () => {
    const user = await createUser();
    const ctx = { user, meta: freshMeta(), sessionId: null };
    for (let i = 0; i < PASSWORD_CHECK_LIMIT.max; i++) {
      await expect(changePassword(ctx, { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD })).rejects.toMatchObject({ code: 'INVALID' });
    }
    await expect(changePassword(ctx, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});

describe('sessions', () => {
  it('lists this device first and marks it, without exposing session tokens', async () => {
    const { user, tokens } = await userWithSessions(3);
    const list = await listSessions({ user, sessionId: tokens[2]! });
    expect(list.total).toBe(3);
    expect(list.items[0]).toMatchObject({ current: true, ipAddress: '192.0.2.3', userAgent: 'agent 2' });
    expect(list.items.filter((s) => s.current)).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(tokens[0]!);
  });

  it('is paginated', async () => {
    const { user, tokens } = await userWithSessions(12);
    const first = await listSessions({ user, sessionId: tokens[0]! }, { page: 1 });
    const second = await listSessions({ user, sessionId: tokens[0]! }, { page: 2 });
    expect([first.items.length, second.items.length, first.totalPages]).toEqual([10, 2, 2]);
    expect(new Set([...first.items, ...second.items].map((s) => s.id)).size).toBe(12);
  });

  it('one session can be signed out; the current one and other users’ cannot be touched', async () => {
    const { user, tokens } = await userWithSessions(2);
    const ctx = { user, meta: freshMeta(), sessionId: tokens[0]! };
    await expect(revokeSession(ctx, { sessionId: sha256(tokens[0]!) })).rejects.toMatchObject({ code: 'INVALID' });

    const stranger = await userWithSessions(1);
    await expect(revokeSession(ctx, { sessionId: sha256(stranger.tokens[0]!) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await checkSession(stranger.tokens[0]!, stranger.user.id)).toBe(true);

    await revokeSession(ctx, { sessionId: sha256(tokens[1]!) });
    expect(await checkSession(tokens[1]!, user.id)).toBe(false);
    expect(await checkSession(tokens[0]!, user.id)).toBe(true);
    const [audit] = await auditActions(user.id);
    expect(audit).toMatchObject({ action: 'account.session_revoked', organizationId: null, entityType: 'session', oldValues: { ipAddress: '192.0.2.2' } });
  });

  it('"sign out everywhere else" keeps only this session', async () => {
    const { user, tokens } = await userWithSessions(4);
    const stranger = await userWithSessions(1);
    await expect(revokeOtherSessions({ user, meta: freshMeta(), sessionId: tokens[1]! })).resolves.toEqual({ ended: 3 });
    expect(await Promise.all(tokens.map((t) => checkSession(t, user.id)))).toEqual([false, true, false, false]);
    expect(await checkSession(stranger.tokens[0]!, stranger.user.id)).toBe(true);
    expect((await auditActions(user.id)).map((a) => a.action)).toEqual(['account.other_sessions_revoked']);
  });
});

describe('profile', () => {
  it('changes the name and audits the difference; an unchanged name writes nothing', async () => {
    const user = await createUser({ name: 'Old Name' });
    await updateProfile({ user, meta: freshMeta() }, { name: 'New Name' });
    await updateProfile({ user, meta: freshMeta() }, { name: 'New Name' });
    const audits = await auditActions(user.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'account.profile_updated', oldValues: { name: 'Old Name' }, newValues: { name: 'New Name' } });
  });
});
