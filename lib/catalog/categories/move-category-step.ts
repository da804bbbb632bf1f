import { isDeadlock } from '@/db/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { getCategoryInOrg } from '@/lib/catalog/internal';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict } from '@/lib/server/errors';
import { lockChildren, writeSortOrder } from './internal';
import type { MoveCategoryStepInput } from './schemas';

const BUSY = 'The categories were being reorganised by someone else at the same time. Try again.';

/**
 * One step up or down among its siblings (the arrow buttons). At the first or last place it
 * stays where it is. Siblings are renumbered 0, 1, 2, … so equal sort orders cannot stall it.
 */
export async function moveCategoryStep(ctx: OrgContext, input: MoveCategoryStepInput) {
  requirePermission(ctx, 'catalog.manage');
  try {
    return await ctx.tx(async (tx) => {
      const category = await getCategoryInOrg(tx, ctx.org.id, input.id);
      const siblings = (await lockChildren(tx, ctx.org.id, category.parentId)).map((c) => c.id);
      const from = siblings.indexOf(category.id);
      if (from === -1) throw conflict(BUSY); // moved to another parent between the read and the lock
      const to = input.direction === 'up' ? from - 1 : from + 1;
      if (to < 0 || to >= siblings.length) return { moved: false, position: from, orderedIds: siblings };

      const order = [...siblings];
      [order[from], order[to]] = [order[to]!, order[from]!];
      await writeSortOrder(tx, ctx.org.id, order);
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'category.reordered',
        entityType: 'category',
        entityId: category.id,
        oldValues: { name: category.name, parentId: category.parentId, position: from + 1 },
        newValues: { name: category.name, parentId: category.parentId, position: to + 1 },
      });
      return { moved: true, position: to, orderedIds: order };
    });
  } catch (e) {
    if (isDeadlock(e)) throw conflict(BUSY);
    throw e;
  }
}
