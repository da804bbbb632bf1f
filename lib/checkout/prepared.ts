/**
 * Runs a drizzle query as a prepared statement on the transaction's connection. Drizzle sends
 * other queries unnamed, and postgres-js then has the server describe each one before binding
 * it: two round trips per query, and nothing pipelines behind it. Prepared, a statement the
 * connection has seen is one round trip, and queries issued together go out in one write (the
 * checkout's batches rely on that). postgres-js names statements by their text; the name here
 * is only drizzle's switch.
 */
export function prepared<T>(query: { prepare(name: string): { execute(): Promise<T> } }): Promise<T> {
  return query.prepare('checkout').execute();
}
