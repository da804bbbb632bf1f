import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/record-audit';
import { getUserForUpdate, withAccountScope, type AccountContext } from './internal';
import { userActor } from '@/lib/server/actor';
import type { UpdateProfileInput } from './schemas';

/** Changes the account's display name (the email address is fixed). */
export async function updateProfile(ctx: Pick<AccountContext, 'user' | 'meta'>, input: UpdateProfileInput): Promise<{ name: string }> {
  return withAccountScope(async (tx) => {
    const user = await getUserForUpdate(tx, ctx.user.id);
    const change = diff({ name: user.name }, { name: input.name });
    if (!change.changed) return { name: input.name };
    await tx.update(users).set({ name: input.name }).where(eq(users.id, user.id));
    await recordAudit(tx, userActor(user, ctx.meta), {
      organizationId: null,
      action: 'account.profile_updated',
      entityType: 'user',
      entityId: user.id,
      oldValues: change.oldValues,
      newValues: change.newValues,
    });
    return { name: input.name };
  });
}
