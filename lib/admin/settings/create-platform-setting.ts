import { platformSettingHistory, platformSettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { conflict, invalid } from '@/lib/server/errors';
import { parseSettingValue, type CreatePlatformSettingInput } from './schemas';

/** Adds a setting; its first value is the first entry of its history. */
export async function createPlatformSetting(ctx: AdminContext, input: CreatePlatformSettingInput) {
  requirePlatformPermission(ctx, 'platform_settings.manage');
  const parsed = parseSettingValue(input.type, input.value);
  if (!parsed.ok) throw invalid('Please correct the highlighted fields.', { value: [parsed.message] });
  return ctx.tx(async (tx) => {
    const [created] = await tx
      .insert(platformSettings)
      .values({
        key: input.key,
        type: input.type,
        value: parsed.value,
        description: input.description || null,
        isPublic: input.isPublic,
        updatedBy: ctx.actor.userId,
      })
      .onConflictDoNothing({ target: platformSettings.key })
      .returning();
    if (!created) throw conflict(`A setting named ${input.key} already exists.`, { key: ['This key is taken.'] });
    await tx.insert(platformSettingHistory).values({ key: created.key, oldValue: null, newValue: created.value, changedById: ctx.actor.userId });
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: 'platform_setting.created',
      entityType: 'platform_setting',
      entityId: created.key,
      newValues: { type: created.type, value: created.value, isPublic: created.isPublic },
    });
    return created;
  });
}
