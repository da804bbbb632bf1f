import 'server-only';
import { getBoss } from '@/lib/jobs/boss';

export const JOBS_PAGE_SIZE = 25;

/**
 * SQL on pg-boss's own tables. They live in the `pgboss` schema, which the app's RLS role cannot
 * reach (it owns no table and has grants on `public` only), so reads go through pg-boss's own
 * connection (the plain DATABASE_URL, see lib/jobs/boss.ts).
 */
export async function bossSql<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
  const boss = await getBoss();
  const result = await boss.getDb().executeSql(text, values);
  return result.rows as Row[];
}

/** The error a failed job left: pg-boss stores what `fail()` was given (or the thrown error) as its output. */
export function jobErrorMessage(output: unknown): string | null {
  if (output === null || output === undefined) return null;
  if (typeof output === 'string') return output;
  if (typeof output === 'object') {
    const o = output as { message?: unknown; value?: unknown };
    if (typeof o.message === 'string') return o.message;
    if (o.value !== undefined) return jobErrorMessage(o.value);
  }
  return JSON.stringify(output);
}
