import { and, eq, ne } from 'drizzle-orm';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { getUserById } from './internal';
import type { EnableUserInput } from './schemas';

/** Lets a disabled account sign in again. Repeats are no-ops. */
export async function enableUser(ctx: AdminContext, input: EnableUserInput) {
  requirePlatformPermission(ctx, 'users.disable');
  return ctx.tx(async (tx) => {
    const before = await getUserById(tx, input.userId);
    const [updated] = await tx
      .update(users)
      .set({ status: 'active', statusReason: input.reason })
      .where(and(eq(users.id, before.id), ne(users.status, 'active')))
      .returning({ status: users.status });
    if (!updated) return { changed: false, status: before.status };
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: 'user.enabled',
      entityType: 'user',
      entityId: before.id,
      oldValues: { status: before.status, statusReason: before.statusReason },
      newValues: { status: updated.status, statusReason: input.reason },
      reason: input.reason,
    });
    return { changed: true, status: updated.status };
  });
}
