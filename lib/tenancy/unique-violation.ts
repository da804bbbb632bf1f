/**
 * True when `e` (a drizzle error wrapping the postgres one, or the postgres error itself) is a
 * unique violation, optionally of one named constraint/index. Unique indexes are the
 * race-safe check: two parallel inserts cannot both pass them.
 */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  for (let err = e as { code?: string; constraint_name?: string; cause?: unknown } | undefined; err; err = err.cause as typeof err) {
    if (err.code === '23505') return constraint === undefined || err.constraint_name === constraint;
  }
  return false;
}
