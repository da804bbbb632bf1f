'use client';

import { useOptimistic, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from '@/components/ui/use-toast';
import { moveCategoryStepAction, reorderCategoriesAction } from '@/lib/catalog/categories/actions';
import { withChildOrder, type CategoryTreeNode } from '@/lib/catalog/categories/tree';
import type { ActionResult } from '@/lib/server/action';

type Order = { parentId: string | null; orderedIds: string[] };

/**
 * Sibling order for the category tree: the new order shows at once (optimistic) and is saved
 * in the background; a refused change goes back to what the server has. Next runs server
 * actions one after another, so quick successive moves are saved in the order they were made.
 */
export function useCategoryOrdering(slug: string, tree: CategoryTreeNode[]) {
  const router = useRouter();
  const [shown, showOrder] = useOptimistic(tree, (state, order: Order) => withChildOrder(state, order.parentId, order.orderedIds));
  const [saving, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState('');

  const commit = (order: Order, run: () => Promise<ActionResult<unknown>>, message: string) => {
    setAnnouncement(message);
    startTransition(async () => {
      showOrder(order);
      const result = await run();
      startTransition(() => {
        if (result.error) {
          toast({ title: result.error.message, variant: 'destructive' });
          setAnnouncement(`Not moved. ${result.error.message}`);
        }
        router.refresh();
      });
    });
  };

  /** One place up or down (the arrow buttons); nothing at either end. */
  const step = (node: CategoryTreeNode, siblings: CategoryTreeNode[], direction: 'up' | 'down') => {
    const ids = siblings.map((s) => s.id);
    const from = ids.indexOf(node.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from === -1 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    commit(
      { parentId: node.parentId, orderedIds: ids },
      () => moveCategoryStepAction(slug, { id: node.id, direction }),
      `${node.name} moved ${direction}, to position ${to + 1} of ${ids.length}.`,
    );
  };

  /** Drag and drop: `node` goes just before or after `target`, a sibling of it. */
  const drop = (node: CategoryTreeNode, target: CategoryTreeNode, place: 'before' | 'after', siblings: CategoryTreeNode[]) => {
    if (node.id === target.id || node.parentId !== target.parentId) return;
    const ids = siblings.map((s) => s.id).filter((id) => id !== node.id);
    const at = ids.indexOf(target.id) + (place === 'after' ? 1 : 0);
    ids.splice(at, 0, node.id);
    if (ids.every((id, i) => id === siblings[i]?.id)) return;
    commit(
      { parentId: node.parentId, orderedIds: ids },
      () => reorderCategoriesAction(slug, { parentId: node.parentId, orderedIds: ids }),
      `${node.name} moved to position ${at + 1} of ${ids.length}.`,
    );
  };

  return { tree: shown, step, drop, saving, announcement };
}
