import { isDeadlock } from '@/db/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict } from '@/lib/server/errors';
import { lockChildren, writeSortOrder } from './internal';
import type { ReorderCategoriesInput } from './schemas';

const STALE = 'The categories here have changed since the page was loaded. Reload it and try again.';

/** Sets the order of one parent's children (null: the top level) from the complete list of their ids. */
export async function reorderCategories(ctx: OrgContext, input: ReorderCategoriesInput) {
  requirePermission(ctx, 'catalog.manage');
  try {
    return await ctx.tx(async (tx) => {
      const children = await lockChildren(tx, ctx.org.id, input.parentId);
      const before = children.map((c) => c.id);
      // The whole list, not a diff: a drop computed from an outdated page must not shuffle what it never saw.
      const known = new Set(before);
      if (input.orderedIds.length !== before.length || !input.orderedIds.every((id) => known.has(id))) throw conflict(STALE);
      if (before.every((id, i) => id === input.orderedIds[i])) return { parentId: input.parentId, orderedIds: before };

      await writeSortOrder(tx, ctx.org.id, input.orderedIds);
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'category.reordered',
        entityType: 'category',
        entityId: input.parentId,
        oldValues: { parentId: input.parentId, order: before },
        newValues: { parentId: input.parentId, order: input.orderedIds },
      });
      return { parentId: input.parentId, orderedIds: input.orderedIds };
    });
  } catch (e) {
    if (isDeadlock(e)) throw conflict(STALE);
    throw e;
  }
}
