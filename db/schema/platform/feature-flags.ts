import { boolean, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from '../columns';

/**
 * A feature that can be switched on and off (seed 003 feature flags): on for the plans listed,
 * unless an organization's own override (organizations.features[key]) says otherwise, and only
 * while every flag it depends on is on too. Read through lib/features/is-feature-enabled.ts.
 * Platform-wide (no tenant column): only the back office writes it.
 */
export const featureFlags = pgTable('feature_flags', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  category: text('category').notNull().default('general'),
  isBeta: boolean('is_beta').notNull().default(false),
  isPremium: boolean('is_premium').notNull().default(false),
  /** Keys of flags that must be on for this one to be. */
  dependsOn: text('depends_on').array().notNull().default([]),
  /** Plans it is on for (ORGANIZATION_PLANS values). */
  plans: text('plans').array().notNull().default([]),
  ...timestamps(),
});

export type FeatureFlag = typeof featureFlags.$inferSelect;
