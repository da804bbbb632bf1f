import { count, desc, eq } from 'drizzle-orm';
import { platformSettingHistory, users } from '@/db/schema';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { paged, pageWindow } from '@/lib/server/list-query';
import { getSetting, HISTORY_PAGE_SIZE } from './internal';

/** A setting and its changes, newest first, 20 a page. */
export async function settingHistory(ctx: AdminContext, key: string, page: number) {
  requirePlatformPermission(ctx, 'platform_settings.manage');
  return ctx.tx(async (tx) => {
    const setting = await getSetting(tx, key);
    const where = eq(platformSettingHistory.key, key);
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(platformSettingHistory).where(where);
    const window = pageWindow(total, page, HISTORY_PAGE_SIZE);
    const rows = await tx
      .select({
        id: platformSettingHistory.id,
        oldValue: platformSettingHistory.oldValue,
        newValue: platformSettingHistory.newValue,
        createdAt: platformSettingHistory.createdAt,
        changedByEmail: users.email,
      })
      .from(platformSettingHistory)
      .leftJoin(users, eq(users.id, platformSettingHistory.changedById))
      .where(where)
      .orderBy(desc(platformSettingHistory.createdAt), desc(platformSettingHistory.id))
      .limit(HISTORY_PAGE_SIZE)
      .offset(window.offset);
    return { setting, ...paged(rows, total, window.page, HISTORY_PAGE_SIZE) };
  });
}
