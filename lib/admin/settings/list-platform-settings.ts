import { asc } from 'drizzle-orm';
import { platformSettings } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';

/** Every platform setting, by key (a short, curated list: no paging). */
export async function listPlatformSettings(ctx: AdminContext) {
  requirePlatformPermission(ctx, 'platform_settings.manage');
  return ctx.tx((tx) => tx.select().from(platformSettings).orderBy(asc(platformSettings.key)));
}

export type PlatformSettingRow = Awaited<ReturnType<typeof listPlatformSettings>>[number];
