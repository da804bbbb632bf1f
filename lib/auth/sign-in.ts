import { eq } from 'drizzle-orm';
import { withGlobal } from '@/db/scope';
import { userEmailIs, users, type User } from '@/db/schema';
import { AppError, invalid } from '@/lib/server/errors';
import { formatWait, recordHit, refundHit, retryAfterSeconds, type Limit } from '@/lib/rate-limit/rate-limit';
import type { RequestMeta } from '@/lib/server/request-meta';
import { verifyPassword } from './password';
import { issueToken, redeemToken, peekToken } from './tokens';
import { consumeSecondFactor } from './second-factor';

/**
 * Failed sign-ins are capped per account and per client IP in 15-minute windows. With 10 per
 * window an account sees at most 50 failures in any hour (5 windows touch an hour), inside
 * the 100/hour ceiling. Attempts count before the check runs, so parallel guesses cannot
 * slip past the cap; a success gives its count back.
 */
export const ACCOUNT_FAILURE_LIMIT: Limit = { endpoint: 'sign-in:account', max: 10, windowSeconds: 15 * 60 };
export const IP_FAILURE_LIMIT: Limit = { endpoint: 'sign-in:ip', max: 50, windowSeconds: 15 * 60 };

/** `user` is for the server's own follow-up (e.g. joining a store); actions must not return it. */
export type PasswordStepResult = { status: 'signed-in'; ticket: string; user: User } | { status: 'mfa-required'; challenge: string };

const INVALID_CREDENTIALS = 'That email and password do not match an account.';

type Attempt = { limit: Limit; identifier: string; at: Date };

/** Counts an attempt against every limit; throws RATE_LIMITED (and counts nothing more) once one is full. */
async function beginAttempt(email: string, meta: RequestMeta): Promise<Attempt[]> {
  const at = new Date();
  const attempts: Attempt[] = [{ limit: ACCOUNT_FAILURE_LIMIT, identifier: email, at }];
  if (meta.ipAddress) attempts.push({ limit: IP_FAILURE_LIMIT, identifier: meta.ipAddress, at });
  const counts = await withGlobal(async (tx) => {
    const out: number[] = [];
    for (const a of attempts) out.push(await recordHit(tx, a.limit, a.identifier, at));
    return out;
  });
  const blocked = attempts.find((a, i) => counts[i]! > a.limit.max);
  if (blocked) {
    throw new AppError('RATE_LIMITED', `Too many failed sign-in attempts. Try again in ${formatWait(retryAfterSeconds(blocked.limit, at))}.`);
  }
  return attempts;
}

/** A successful attempt is not a failure: give back what beginAttempt counted. */
async function refundAttempt(attempts: Attempt[]) {
  await withGlobal(async (tx) => {
    for (const a of attempts) await refundHit(tx, a.limit, a.identifier, a.at);
  });
}

async function findUserByEmail(email: string): Promise<User | undefined> {
  const [user] = await withGlobal((tx) => tx.select().from(users).where(userEmailIs(email)));
  return user;
}

function assertActive(user: User) {
  if (user.status !== 'active' || user.deletedAt) {
    throw new AppError('FORBIDDEN', 'This account has been disabled. Contact support if you think this is a mistake.');
  }
}

/** Step 1: email and password. Hands out a sign-in ticket, or an MFA challenge when TOTP is on. */
export async function verifyPasswordStep(input: { email: string; password: string }, meta: RequestMeta): Promise<PasswordStepResult> {
  const email = input.email.trim().toLowerCase();
  const attempts = await beginAttempt(email, meta);
  const user = await findUserByEmail(email);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok) throw invalid(INVALID_CREDENTIALS, { password: [INVALID_CREDENTIALS] });
  await refundAttempt(attempts);
  assertActive(user);
  return withGlobal(async (tx) =>
    user.mfaEnabled
      ? { status: 'mfa-required' as const, challenge: await issueToken(tx, 'mfa-challenge', user.id) }
      : { status: 'signed-in' as const, ticket: await issueToken(tx, 'sign-in-ticket', user.id), user },
  );
}

/** Step 2: a TOTP code or a backup code against the challenge from step 1. */
export async function verifyMfaStep(input: { challenge: string; code: string }, meta: RequestMeta): Promise<{ ticket: string; user: User }> {
  const userId = await withGlobal((tx) => peekToken(tx, 'mfa-challenge', input.challenge));
  if (!userId) throw invalid('This sign-in attempt has expired. Start again.');
  const [user] = await withGlobal((tx) => tx.select().from(users).where(eq(users.id, userId)));
  if (!user?.mfaEnabled || !user.mfaSecret) throw invalid('This sign-in attempt has expired. Start again.');
  const attempts = await beginAttempt(user.email.toLowerCase(), meta);

  const accepted = await withGlobal((tx) => consumeSecondFactor(tx, user, input.code.trim()));
  if (!accepted) throw invalid('That code is not valid.', { code: ['That code is not valid. Check your authenticator app and try again.'] });
  await refundAttempt(attempts);
  assertActive(user);
  return withGlobal(async (tx) => {
    await redeemToken(tx, 'mfa-challenge', input.challenge);
    return { ticket: await issueToken(tx, 'sign-in-ticket', user.id), user };
  });
}

/** For flows that have just proven who the user is (sign-up, accepting an invitation, resetting a password). */
export function issueSignInTicket(userId: string): Promise<string> {
  return withGlobal((tx) => issueToken(tx, 'sign-in-ticket', userId));
}

/** The next-auth Credentials provider's authorize step: a ticket is good once, for two minutes. */
export async function redeemSignInTicket(ticket: string): Promise<User | null> {
  if (!ticket) return null;
  const userId = await withGlobal((tx) => redeemToken(tx, 'sign-in-ticket', ticket));
  if (!userId) return null;
  const [user] = await withGlobal((tx) => tx.select().from(users).where(eq(users.id, userId)));
  return user && user.status === 'active' && !user.deletedAt ? user : null;
}
