import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { timestamps } from '../columns';

/** Fixed-window counters (seed 001 rate_limits): one row per endpoint, identifier and window. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    endpoint: text('endpoint').notNull(),
    identifier: text('identifier').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    requests: integer('requests').notNull().default(0),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.endpoint, t.identifier, t.windowStart] })],
);
