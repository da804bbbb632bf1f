import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { auditLogs, platformSettingHistory, platformSettings } from '@/db/schema';
import { adminContextFor, createPlatformAdmin } from '@/db/test/factories';
import { createPlatformSetting } from './create-platform-setting';
import { listPlatformSettings } from './list-platform-settings';
import { CreatePlatformSettingInput } from './schemas';
import { settingHistory } from './setting-history';
import { updatePlatformSetting } from './update-platform-setting';

const superAdmin = async () => adminContextFor(await createPlatformAdmin('super_admin'));
const valueOf = async (key: string) =>
  (await withPlatform((tx) => tx.select({ value: platformSettings.value }).from(platformSettings).where(eq(platformSettings.key, key))))[0]?.value;
const historyOf = (key: string) => withPlatform((tx) => tx.select().from(platformSettingHistory).where(eq(platformSettingHistory.key, key)));
const auditsOf = (key: string, action: string) =>
  withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, key), eq(auditLogs.action, action))));

async function seed(key: string, type: 'string' | 'number' | 'boolean' | 'json', value: string) {
  return createPlatformSetting(await superAdmin(), { key, type, value, description: '', isPublic: false });
}

describe('platform settings', () => {
  it('stores each type as its JSON value and lists them by key', async () => {
    const ctx = await superAdmin();
    await seed('support_email', 'string', 'help@example.test');
    await seed('max_upload_mb', 'number', '25');
    await seed('signups_open', 'boolean', 'true');
    await seed('default_locales', 'json', '["en","fr"]');

    expect(await updatePlatformSetting(ctx, { key: 'max_upload_mb', value: ' 12.5 ' })).toEqual({ changed: true, value: 12.5 });
    await updatePlatformSetting(ctx, { key: 'signups_open', value: 'false' });
    await updatePlatformSetting(ctx, { key: 'default_locales', value: '{"primary":"en","others":["fr"]}' });
    await updatePlatformSetting(ctx, { key: 'support_email', value: 'support@example.test' });

    const rows = await listPlatformSettings(ctx);
    expect(rows.map((r) => [r.key, r.type, r.value])).toEqual([
      ['default_locales', 'json', { primary: 'en', others: ['fr'] }],
      ['max_upload_mb', 'number', 12.5],
      ['signups_open', 'boolean', false],
      ['support_email', 'string', 'support@example.test'],
    ]);
  });

  it.each([
    ['number', '12abc', /Enter a number/],
    ['number', 'Infinity', /Enter a number/],
    ['number', '  ', /Enter a number/],
    ['boolean', 'yes', /on or off/],
    ['json', '{"a":', /Not valid JSON/],
  ] as const)('refuses a bad %s (%j) with a field error and writes nothing', async (type, bad, message) => {
    const key = `bad_${type}_${Math.random().toString(36).slice(2, 8)}`;
    const initial = type === 'json' ? '{"a":1}' : type === 'boolean' ? 'true' : '5';
    await seed(key, type, initial);
    const before = await valueOf(key);

    await expect(updatePlatformSetting(await superAdmin(), { key, value: bad })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { value: [expect.stringMatching(message)] },
    });
    expect(await valueOf(key)).toEqual(before);
    expect(await historyOf(key)).toHaveLength(1); // only the creation
    expect(await auditsOf(key, 'platform_setting.updated')).toHaveLength(0);
  });

  it('refuses a new setting whose value does not fit its type, or whose key is not lower_snake_case', async () => {
    expect(CreatePlatformSettingInput.safeParse({ key: 'Bad-Key', type: 'string', value: 'x' }).success).toBe(false);
    const badJson = CreatePlatformSettingInput.safeParse({ key: 'ok_key', type: 'json', value: '{nope' });
    expect(badJson.error?.issues[0]).toMatchObject({ path: ['value'] });
    await expect(createPlatformSetting(await superAdmin(), { key: 'ok_key', type: 'number', value: 'NaN', description: '', isPublic: false })).rejects.toMatchObject({
      code: 'INVALID',
    });
    expect(await valueOf('ok_key')).toBeUndefined();
  });

  it('writes one history row and one audit row per change, none for the same value again', async () => {
    const admin = await createPlatformAdmin('super_admin');
    const ctx = await adminContextFor(admin);
    await seed('order_hold_minutes', 'number', '30');

    await updatePlatformSetting(ctx, { key: 'order_hold_minutes', value: '45' });
    expect(await updatePlatformSetting(ctx, { key: 'order_hold_minutes', value: '45.0' })).toEqual({ changed: false, value: 45 });
    await seed('feature_matrix', 'json', '{"a":1,"b":[1,2]}');
    expect(await updatePlatformSetting(ctx, { key: 'feature_matrix', value: '{ "b": [1, 2], "a": 1 }' })).toMatchObject({ changed: false });

    const history = await settingHistory(ctx, 'order_hold_minutes', 1);
    expect(history.total).toBe(2);
    expect(history.rows[0]).toMatchObject({ oldValue: 30, newValue: 45, changedByEmail: admin.email });
    expect(history.rows[1]).toMatchObject({ oldValue: null, newValue: 30 });
    expect(await historyOf('feature_matrix')).toHaveLength(1);
    const [audit, ...more] = await auditsOf('order_hold_minutes', 'platform_setting.updated');
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({ organizationId: null, actorUserId: admin.id, oldValues: { value: 30 }, newValues: { value: 45 } });
  });

  it('pages the history 20 at a time, newest first', async () => {
    const ctx = await superAdmin();
    await seed('retry_limit', 'number', '0');
    for (let i = 1; i <= 21; i++) await updatePlatformSetting(ctx, { key: 'retry_limit', value: String(i) });
    const first = await settingHistory(ctx, 'retry_limit', 1);
    const second = await settingHistory(ctx, 'retry_limit', 2);
    expect([first.total, first.totalPages, first.rows.length, second.rows.length]).toEqual([22, 2, 20, 2]);
    expect(first.rows[0]!.newValue).toBe(21);
    expect(second.rows.at(-1)).toMatchObject({ oldValue: null, newValue: 0 });
  });

  it('refuses a key that does not exist', async () => {
    await expect(updatePlatformSetting(await superAdmin(), { key: 'no_such_key', value: '1' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses platform roles without platform_settings.manage (accounting, technical_access)', async () => {
    await seed('maintenance_mode', 'boolean', 'false');
    for (const role of ['accounting', 'technical_access'] as const) {
      const ctx = await adminContextFor(await createPlatformAdmin(role));
      await expect(listPlatformSettings(ctx)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(updatePlatformSetting(ctx, { key: 'maintenance_mode', value: 'true' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(createPlatformSetting(ctx, { key: 'sneaky', type: 'string', value: 'x', description: '', isPublic: false })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(settingHistory(ctx, 'maintenance_mode', 1)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await valueOf('maintenance_mode')).toBe(false);
    expect(await valueOf('sneaky')).toBeUndefined();
  });
});
