import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { getStorage } from '@/lib/storage';
import { lockOrganization } from './internal';
import type { RemoveLogoInput } from './schemas';

/** Clears the logo; the file is deleted after the change commits. */
export async function removeOrganizationLogo(ctx: OrgContext, _input: RemoveLogoInput) {
  requirePermission(ctx, 'settings.update');
  const previousKey = await ctx.tx(async (tx) => {
    const before = await lockOrganization(tx, ctx.org.id);
    if (!before.logoKey) return null;
    await tx.update(organizations).set({ logoKey: null }).where(eq(organizations.id, ctx.org.id));
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'organization.logo_removed',
      entityType: 'organization',
      entityId: ctx.org.id,
      oldValues: { logoKey: before.logoKey },
      newValues: { logoKey: null },
    });
    return before.logoKey;
  });
  if (previousKey) await getStorage().delete(previousKey).catch(() => undefined);
  return { removed: previousKey !== null };
}
