import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { isDeadlock } from '@/db/errors';
import { categories } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict, invalid, notFound } from '@/lib/server/errors';
import { ancestorChain, categoryInOrg, lockCategory, nextSortOrder } from './internal';
import type { MoveCategoryInput } from './schemas';

const UNDER_ITSELF = 'A category cannot be moved under itself or one of its own subcategories.';

/**
 * Locks the moved category and every category from the new parent up to its root, then
 * reads that chain again until it is all locked. A parallel move changes some row's parent
 * only while holding that row's lock, so once the chain is locked it cannot change under us,
 * and two moves that could close a loop (A under B, B under A) always meet on a lock: the
 * second one then sees the first one's result and is refused.
 */
async function lockMoveChain(tx: Tx, orgId: string, id: string, parentId: string | null) {
  const locked = new Set<string>();
  for (let round = 0; round < 100; round++) {
    const chain = parentId ? await ancestorChain(tx, orgId, parentId) : [];
    const missing = [id, ...chain].filter((x) => !locked.has(x));
    if (missing.length === 0) return chain;
    const rows = await tx
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.organizationId, orgId), inArray(categories.id, missing), isNull(categories.deletedAt)))
      .orderBy(asc(categories.id))
      .for('update');
    if (rows.length === 0) return chain; // gone meanwhile: the checks below report it
    for (const row of rows) locked.add(row.id);
  }
  throw conflict('The categories are being reorganised by someone else right now. Try again.');
}

/**
 * Puts a category (with its whole subtree) under another parent, or at the top level; it goes
 * last there. Its current parent changes nothing (`moved: false`, no audit row).
 */
export async function moveCategory(ctx: OrgContext, input: MoveCategoryInput) {
  requirePermission(ctx, 'catalog.manage');
  if (input.parentId === input.id) throw invalid(UNDER_ITSELF, { parentId: [UNDER_ITSELF] });
  try {
    return await ctx.tx(async (tx) => {
      const chain = await lockMoveChain(tx, ctx.org.id, input.id, input.parentId);
      const before = await lockCategory(tx, ctx.org.id, input.id);
      if (input.parentId && chain[0] !== input.parentId) throw notFound('Parent category');
      if (chain.includes(before.id)) throw invalid(UNDER_ITSELF, { parentId: [UNDER_ITSELF] });
      if (before.parentId === input.parentId) return { ...before, moved: false };

      const [moved] = await tx
        .update(categories)
        .set({ parentId: input.parentId, sortOrder: await nextSortOrder(tx, ctx.org.id, input.parentId) })
        .where(categoryInOrg(ctx.org.id, before.id))
        .returning();
      await recordAudit(tx, ctx.actor, {
        organizationId: ctx.org.id,
        action: 'category.moved',
        entityType: 'category',
        entityId: before.id,
        oldValues: { name: before.name, parentId: before.parentId },
        newValues: { name: before.name, parentId: input.parentId },
      });
      return { ...moved!, moved: true };
    });
  } catch (e) {
    if (isDeadlock(e)) throw conflict('The categories were being reorganised by someone else at the same time. Try again.');
    throw e;
  }
}
