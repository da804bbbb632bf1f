import { and, eq, gt, like, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { verificationTokens } from '@/db/schema';
import { sha256 } from '@/lib/crypto/hash';
import { randomToken } from '@/lib/ids';

/**
 * Single-use secrets handed to a user (emailed links, MFA challenges, sign-in tickets).
 * Only the sha256 is stored; redeeming deletes the row, so a token works once even under
 * parallel requests.
 */
export type TokenPurpose = 'verify-email' | 'reset-password' | 'mfa-challenge' | 'sign-in-ticket';

export const TOKEN_TTL_SECONDS: Record<TokenPurpose, number> = {
  'verify-email': 24 * 3600,
  'reset-password': 3600,
  'mfa-challenge': 5 * 60,
  'sign-in-ticket': 2 * 60,
};

export async function issueToken(tx: Tx, purpose: TokenPurpose, userId: string, now = new Date()): Promise<string> {
  const secret = randomToken();
  await tx.insert(verificationTokens).values({
    identifier: `${purpose}:${userId}`,
    token: sha256(secret),
    expires: new Date(now.getTime() + TOKEN_TTL_SECONDS[purpose] * 1000),
  });
  return secret;
}

/** Deletes and returns the user id the token was issued to, or null if unknown, used or expired. */
export async function redeemToken(tx: Tx, purpose: TokenPurpose, secret: string): Promise<string | null> {
  const [row] = await tx
    .delete(verificationTokens)
    .where(
      and(
        eq(verificationTokens.token, sha256(secret)),
        like(verificationTokens.identifier, `${purpose}:%`),
        gt(verificationTokens.expires, sql`now()`),
      ),
    )
    .returning({ identifier: verificationTokens.identifier });
  return row ? row.identifier.slice(purpose.length + 1) : null;
}

/** The user id a token belongs to, without using it up. */
export async function peekToken(tx: Tx, purpose: TokenPurpose, secret: string): Promise<string | null> {
  const [row] = await tx
    .select({ identifier: verificationTokens.identifier })
    .from(verificationTokens)
    .where(
      and(
        eq(verificationTokens.token, sha256(secret)),
        like(verificationTokens.identifier, `${purpose}:%`),
        gt(verificationTokens.expires, sql`now()`),
      ),
    );
  return row ? row.identifier.slice(purpose.length + 1) : null;
}

export async function revokeTokens(tx: Tx, purpose: TokenPurpose, userId: string) {
  await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, `${purpose}:${userId}`));
}
