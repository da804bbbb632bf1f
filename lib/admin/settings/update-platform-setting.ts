import { eq } from 'drizzle-orm';
import { platformSettingHistory, platformSettings } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { invalid } from '@/lib/server/errors';
import { lockSetting } from './internal';
import { parseSettingValue, type UpdatePlatformSettingInput } from './schemas';

/** Sets a setting's value, checked against its type; the same value again writes nothing. */
export async function updatePlatformSetting(ctx: AdminContext, input: UpdatePlatformSettingInput) {
  requirePlatformPermission(ctx, 'platform_settings.manage');
  return ctx.tx(async (tx) => {
    const before = await lockSetting(tx, input.key);
    const parsed = parseSettingValue(before.type, input.value);
    if (!parsed.ok) throw invalid('Please correct the highlighted fields.', { value: [parsed.message] });
    // jsonb hands objects back in its own key order: compare structurally.
    const change = diff({ value: before.value }, { value: parsed.value });
    if (!change.changed) return { changed: false, value: before.value };
    await tx.update(platformSettings).set({ value: parsed.value, updatedBy: ctx.actor.userId }).where(eq(platformSettings.key, before.key));
    await tx.insert(platformSettingHistory).values({ key: before.key, oldValue: before.value, newValue: parsed.value, changedById: ctx.actor.userId });
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: 'platform_setting.updated',
      entityType: 'platform_setting',
      entityId: before.key,
      oldValues: change.oldValues,
      newValues: change.newValues,
    });
    return { changed: true, value: parsed.value };
  });
}
