import { users, type User } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password';
import { issueToken } from '@/lib/auth/tokens';
import { enforceLimit, type Limit } from '@/lib/rate-limit/rate-limit';
import { conflict } from '@/lib/server/errors';
import type { RequestMeta } from '@/lib/server/request-meta';
import { isUniqueViolation } from '@/db/errors';
import { withAccountScope } from './internal';
import { userActor } from '@/lib/server/actor';
import type { SignUpInput } from './schemas';
import { sendVerificationEmail } from './send-verification-email';

export const SIGN_UP_LIMIT: Limit = { endpoint: 'sign-up:ip', max: 10, windowSeconds: 3600 };

export const EMAIL_TAKEN = 'An account with this email already exists. Sign in instead.';

/**
 * Creates an account and emails the confirmation link. It neither signs in nor redirects:
 * the platform's and the storefronts' actions do that. `linkBase` is the origin the
 * confirmation link points at (the platform site unless a caller serves its own page).
 */
export async function signUp(meta: RequestMeta, input: SignUpInput, options: { linkBase?: string } = {}): Promise<User> {
  await enforceLimit(SIGN_UP_LIMIT, meta.ipAddress, (wait) => `Too many accounts were created from your network. Try again in ${wait}.`);
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);

  let created: { user: User; token: string };
  try {
    created = await withAccountScope(async (tx) => {
      const [user] = await tx.insert(users).values({ name: input.name.trim(), email, passwordHash }).returning();
      await recordAudit(tx, userActor(user!, meta), {
        organizationId: null,
        action: 'account.signed_up',
        entityType: 'user',
        entityId: user!.id,
        newValues: { name: user!.name, email },
      });
      return { user: user!, token: await issueToken(tx, 'verify-email', user!.id) };
    });
  } catch (e) {
    // The unique index decides, so two parallel sign-ups cannot both pass a "does it exist" check.
    if (isUniqueViolation(e, 'users_email_key')) throw conflict(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    throw e;
  }

  // The account exists whatever happens to the email; the user can ask for another one.
  await sendVerificationEmail(created.user, created.token, options.linkBase).catch((e: unknown) => console.error('verification email failed', e));
  return created.user;
}
