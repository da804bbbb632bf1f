import { boolean, jsonb, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from '../columns';

export const settingType = pgEnum('setting_type', ['string', 'number', 'boolean', 'json']);

/** Platform-wide settings (seed 002 settings), edited in the back office. */
export const platformSettings = pgTable('platform_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  type: settingType('type').notNull(),
  description: text('description'),
  isPublic: boolean('is_public').notNull().default(false),
  updatedBy: text('updated_by'),
  ...timestamps(),
});
