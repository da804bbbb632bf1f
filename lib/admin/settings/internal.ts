import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { platformSettings } from '@/db/schema';
import { notFound } from '@/lib/server/errors';

export const HISTORY_PAGE_SIZE = 20;

export async function getSetting(tx: Tx, key: string) {
  const [setting] = await tx.select().from(platformSettings).where(eq(platformSettings.key, key));
  if (!setting) throw notFound('Setting');
  return setting;
}

/** The setting, locked until the transaction ends so two edits cannot both read the same "before". */
export async function lockSetting(tx: Tx, key: string) {
  const [setting] = await tx.select().from(platformSettings).where(eq(platformSettings.key, key)).for('update');
  if (!setting) throw notFound('Setting');
  return setting;
}
