/**
 * True when `error` (a drizzle error wrapping the driver's, or the driver's own) is a unique
 * violation (23505), optionally of one named constraint or unique index. Unique indexes are
 * the race-safe check: two parallel inserts cannot both pass them.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e = error as { code?: string; constraint_name?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return constraint === undefined || e.constraint_name === constraint;
  }
  return false;
}

/** Postgres broke a lock cycle by aborting this transaction (40P01); nothing of it was kept. */
export function isDeadlock(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '40P01') return true;
  }
  return false;
}

function codeOf(error: unknown): string | undefined {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code) return e.code;
  return undefined;
}

/** A statement called abort_transaction() (migration 0008, SQLSTATE CK001): a check it makes failed. */
export const isAbortedOnPurpose = (error: unknown) => codeOf(error) === 'CK001';

/** Refused only because an earlier statement of the transaction failed (25P02): not the cause. */
export const isAfterEarlierFailure = (error: unknown) => codeOf(error) === '25P02';
