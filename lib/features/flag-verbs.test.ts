import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { auditLogs, featureFlags, organizations, type FeatureFlag } from '@/db/schema';
import { adminContextFor, createOrganization, createPlatformAdmin, createUser } from '@/db/test/factories';
import { createFlag } from './create-flag';
import { deleteFlag } from './delete-flag';
import { getOrganizationFeatures } from './get-organization-features';
import { listFlags } from './list-flags';
import { CreateFlagInput, UpdateFlagInput, flagFormValues } from './schemas';
import { setOrganizationOverride } from './set-organization-override';
import { updateFlag } from './update-flag';

const admin = async (role: Parameters<typeof createPlatformAdmin>[0] = 'technical_access') => adminContextFor(await createPlatformAdmin(role));
const flagInput = (key: string, extra: Partial<CreateFlagInput> = {}) => CreateFlagInput.parse({ key, name: `Flag ${key}`, category: 'Delivery', ...extra });
const edit = (flag: FeatureFlag, extra: Partial<UpdateFlagInput>) => UpdateFlagInput.parse({ ...flagFormValues(flag), ...extra });

const audits = (action: string, entityId: string) =>
  withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.action, action), eq(auditLogs.entityId, entityId))));
const storedFlag = async (key: string) => (await withPlatform((tx) => tx.select().from(featureFlags).where(eq(featureFlags.key, key))))[0];
const featuresOf = async (id: string) =>
  (await withPlatform((tx) => tx.select({ features: organizations.features }).from(organizations).where(eq(organizations.id, id))))[0]!.features;

describe('feature flag verbs', () => {
  it('creates a flag with its plans in plan order, audited platform-wide', async () => {
    const ctx = await admin();
    const flag = await createFlag(ctx, flagInput('fv_create', { plans: ['enterprise', 'basic'], isBeta: true }));
    expect(flag).toMatchObject({ key: 'fv_create', plans: ['basic', 'enterprise'], isBeta: true, isPremium: false, dependsOn: [] });
    const [audit] = await audits('feature_flag.created', 'fv_create');
    expect(audit).toMatchObject({ organizationId: null, actorUserId: ctx.actor.userId, actorType: 'platform_admin' });
    await expect(createFlag(ctx, flagInput('fv_create'))).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { key: [expect.any(String)] } });
  });

  it('refuses dependencies on unknown flags and on the flag itself', async () => {
    const ctx = await admin();
    await expect(createFlag(ctx, flagInput('fv_orphan', { dependsOn: ['fv_missing'] }))).rejects.toMatchObject({ code: 'INVALID' });
    await expect(createFlag(ctx, flagInput('fv_selfish', { dependsOn: ['fv_selfish'] }))).rejects.toMatchObject({ code: 'INVALID' });
    expect(await storedFlag('fv_orphan')).toBeUndefined();
  });

  it('updates a flag and audits only what changed; an unchanged save writes nothing', async () => {
    const ctx = await admin();
    const flag = await createFlag(ctx, flagInput('fv_update', { plans: ['pro'] }));
    const result = await updateFlag(ctx, edit(flag, { plans: ['pro', 'enterprise'], isPremium: true, description: 'Now premium' }));
    expect(result.changed).toBe(true);
    const [audit] = await audits('feature_flag.updated', 'fv_update');
    expect(audit).toMatchObject({
      oldValues: { plans: ['pro'], isPremium: false, description: null },
      newValues: { plans: ['pro', 'enterprise'], isPremium: true, description: 'Now premium' },
    });
    expect(await updateFlag(ctx, edit(flag, { plans: ['enterprise', 'pro'], isPremium: true, description: 'Now premium' }))).toMatchObject({ changed: false });
    expect(await audits('feature_flag.updated', 'fv_update')).toHaveLength(1);
  });

  it('refuses a dependency cycle and leaves the flags as they were', async () => {
    const ctx = await admin();
    const a = await createFlag(ctx, flagInput('fv_cycle_a'));
    await createFlag(ctx, flagInput('fv_cycle_b', { dependsOn: ['fv_cycle_a'] }));
    await createFlag(ctx, flagInput('fv_cycle_c', { dependsOn: ['fv_cycle_b'] }));
    await expect(updateFlag(ctx, edit(a, { dependsOn: ['fv_cycle_c'] }))).rejects.toMatchObject({
      code: 'INVALID',
      message: 'That would make a dependency cycle: fv_cycle_a → fv_cycle_c → fv_cycle_b → fv_cycle_a.',
      fieldErrors: { dependsOn: [expect.stringContaining('cycle')] },
    });
    expect((await storedFlag('fv_cycle_a'))!.dependsOn).toEqual([]);
  });

  it('refuses to delete a flag another depends on; deleting it later clears overrides', async () => {
    const ctx = await admin();
    await createFlag(ctx, flagInput('fv_base', { plans: ['pro'] }));
    const child = await createFlag(ctx, flagInput('fv_child', { dependsOn: ['fv_base'] }));
    const { org } = await createOrganization({ plan: 'free', features: { fv_base: true, other: false } });

    await expect(deleteFlag(ctx, { key: 'fv_base' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Flag fv_child') });
    expect(await storedFlag('fv_base')).toBeDefined();

    await updateFlag(ctx, edit(child, { dependsOn: [] }));
    expect(await deleteFlag(ctx, { key: 'fv_base' })).toEqual({ key: 'fv_base', overridesRemoved: 1 });
    expect(await storedFlag('fv_base')).toBeUndefined();
    expect(await featuresOf(org.id)).toEqual({ other: false });
    const [audit] = await audits('feature_flag.deleted', 'fv_base');
    expect(audit).toMatchObject({ organizationId: null, oldValues: { key: 'fv_base', organizationOverrides: 1 } });
  });

  it('writes an organization override into organizations.features, and back to the plan default', async () => {
    const ctx = await admin('super_admin');
    await createFlag(ctx, flagInput('fv_override', { plans: ['pro', 'enterprise'] }));
    const { org } = await createOrganization({ plan: 'free', features: { kept: true } });

    expect(await setOrganizationOverride(ctx, { organizationId: org.id, key: 'fv_override', state: 'on' })).toEqual({ changed: true, state: 'on' });
    expect(await featuresOf(org.id)).toEqual({ kept: true, fv_override: true });
    const states = await getOrganizationFeatures(ctx, { organizationId: org.id });
    expect(states.find((s) => s.key === 'fv_override')).toMatchObject({ override: true, planDefault: false, enabled: true });

    await setOrganizationOverride(ctx, { organizationId: org.id, key: 'fv_override', state: 'off' });
    expect(await featuresOf(org.id)).toEqual({ kept: true, fv_override: false });
    await setOrganizationOverride(ctx, { organizationId: org.id, key: 'fv_override', state: 'default' });
    expect(await featuresOf(org.id)).toEqual({ kept: true });
    expect(await setOrganizationOverride(ctx, { organizationId: org.id, key: 'fv_override', state: 'default' })).toEqual({ changed: false, state: 'default' });

    const rows = await withPlatform((tx) =>
      tx.select().from(auditLogs).where(and(eq(auditLogs.organizationId, org.id), eq(auditLogs.action, 'feature_flag.override_set'))).orderBy(auditLogs.createdAt),
    );
    expect(rows.map((r) => [r.oldValues, r.newValues])).toEqual([
      [{ fv_override: 'default' }, { fv_override: 'on' }],
      [{ fv_override: 'on' }, { fv_override: 'off' }],
      [{ fv_override: 'off' }, { fv_override: 'default' }],
    ]);
    await expect(setOrganizationOverride(ctx, { organizationId: org.id, key: 'fv_nope', state: 'on' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("refuses the 'accounting' and 'role_manager' roles, changing nothing", async () => {
    const owner = await admin();
    const flag = await createFlag(owner, flagInput('fv_guarded'));
    const { org } = await createOrganization({ plan: 'free' });
    for (const role of ['accounting', 'role_manager'] as const) {
      const ctx = await admin(role);
      await expect(listFlags(ctx)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(createFlag(ctx, flagInput('fv_refused'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(updateFlag(ctx, edit(flag, { plans: ['free'] }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(deleteFlag(ctx, { key: 'fv_guarded' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(setOrganizationOverride(ctx, { organizationId: org.id, key: 'fv_guarded', state: 'on' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(getOrganizationFeatures(ctx, { organizationId: org.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await storedFlag('fv_refused')).toBeUndefined();
    expect((await storedFlag('fv_guarded'))!.plans).toEqual([]);
    expect(await featuresOf(org.id)).toEqual({});
  });

  it('gives a plain user no back-office context', async () => {
    await expect(adminContextFor(await createUser())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
