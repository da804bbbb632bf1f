import { sql } from 'drizzle-orm';
import { check, char, date, index, numeric, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../columns';
import { users } from '../identity/users';

/**
 * Currency exchange rates by day (seed 001 currency_exchange_rates): 1 unit of `base` buys `rate`
 * units of `quote`. A decimal string (numeric), never a float; conversions round explicitly.
 */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    id: id('fx'),
    base: char('base', { length: 3 }).notNull(),
    quote: char('quote', { length: 3 }).notNull(),
    rate: numeric('rate', { precision: 24, scale: 10 }).notNull(),
    effectiveOn: date('effective_on').notNull(),
    source: text('source').notNull().default('manual'),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('exchange_rates_pair_day_key').on(t.base, t.quote, t.effectiveOn),
    index('exchange_rates_day_idx').on(t.effectiveOn),
    check('exchange_rates_rate_check', sql`rate > 0`),
    check('exchange_rates_pair_check', sql`base <> quote`),
  ],
);

export type ExchangeRate = typeof exchangeRates.$inferSelect;
