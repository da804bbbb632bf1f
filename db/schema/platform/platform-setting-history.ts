import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../columns';
import { users } from '../identity/users';

/** Every change of a platform setting: the value before and after, who and when. */
export const platformSettingHistory = pgTable(
  'platform_setting_history',
  {
    id: id('psh'),
    key: text('key').notNull(),
    oldValue: jsonb('old_value'),
    newValue: jsonb('new_value'),
    changedById: text('changed_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('platform_setting_history_key_idx').on(t.key, t.createdAt)],
);

export type PlatformSettingChange = typeof platformSettingHistory.$inferSelect;
