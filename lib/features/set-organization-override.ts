import { eq, sql } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { notFound } from '@/lib/server/errors';
import { getFlag } from './internal';
import { overrideOf } from './is-feature-enabled';
import type { OverrideState, SetOrganizationOverrideInput } from './schemas';

const stateOf = (override: boolean | null): OverrideState => (override === null ? 'default' : override ? 'on' : 'off');

/** Turns a flag on or off for one organization whatever its plan, or back to its plan's default. */
export async function setOrganizationOverride(ctx: AdminContext, input: SetOrganizationOverrideInput) {
  requirePlatformPermission(ctx, 'flags.manage');
  return ctx.tx(async (tx) => {
    const flag = await getFlag(tx, input.key);
    // Locks the row, so the before-value audited is the one this change replaces.
    const [org] = await tx.select().from(organizations).where(eq(organizations.id, input.organizationId)).for('update');
    if (!org) throw notFound('Organization');
    const before = stateOf(overrideOf(org, flag.key));
    if (before === input.state) return { changed: false, state: before };
    // Only this key changes: jsonb operators, so other overrides written meanwhile are kept.
    const features =
      input.state === 'default'
        ? sql`${organizations.features} - ${flag.key}::text`
        : sql`${organizations.features} || jsonb_build_object(${flag.key}::text, ${input.state === 'on'}::boolean)`;
    await tx.update(organizations).set({ features }).where(eq(organizations.id, org.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: org.id,
      action: 'feature_flag.override_set',
      entityType: 'organization',
      entityId: org.id,
      oldValues: { [flag.key]: before },
      newValues: { [flag.key]: input.state },
    });
    return { changed: true, state: input.state };
  });
}
