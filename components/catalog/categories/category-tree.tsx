'use client';

import { useState } from 'react';
import { ChevronsDownUp, ChevronsUpDown } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { flattenTree, type CategoryTreeNode } from '@/lib/catalog/categories/tree';
import { CategoryTreeItem, type TreeController } from './category-tree-item';
import { useCategoryOrdering } from './use-category-ordering';

type Props = { slug: string; tree: CategoryTreeNode[]; canManage: boolean };

/**
 * The category tree: nested lists with expand/collapse. Siblings are reordered by dragging a
 * row onto another (native drag and drop) or with the up/down buttons, which are the keyboard
 * and touch way to do the same thing.
 */
export function CategoryTree({ slug, tree: saved, canManage }: Props) {
  const { tree, step, drop, saving, announcement } = useCategoryOrdering(slug, saved);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [dragging, setDragging] = useState<CategoryTreeNode | null>(null);
  const [dropTarget, setDropTarget] = useState<TreeController['dropTarget']>(null);
  const parents = flattenTree(tree).filter((n) => n.children.length > 0);

  const controller: TreeController = {
    slug,
    canManage,
    collapsed,
    toggle: (id) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    dragging,
    dropTarget,
    startDrag: setDragging,
    hover: (target, place) => setDropTarget(target ? { id: target.id, place } : null),
    drop: (target, place, siblings) => {
      if (dragging) drop(dragging, target, place, siblings);
      setDragging(null);
      setDropTarget(null);
    },
    endDrag: () => {
      setDragging(null);
      setDropTarget(null);
    },
    step,
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id="category-tree-help" className="max-w-prose text-sm text-muted-foreground">
          {canManage
            ? 'Drag a category onto another one at the same level, or use its arrow buttons, to change the order. To put it under another parent, open it and choose Move.'
            : 'Categories in the order your storefront shows them.'}
        </p>
        <div className="flex items-center gap-2">
          {saving && (
            <span className="inline-flex items-center gap-2 text-sm text-muted-foreground">
              <Spinner label={null} />
              Saving order…
            </span>
          )}
          {parents.length > 0 && (
            <>
              <Button type="button" variant="ghost" size="sm" onClick={() => setCollapsed(new Set())}>
                <ChevronsUpDown aria-hidden="true" />
                Expand all
              </Button>
              <Button type="button" variant="ghost" size="sm" onClick={() => setCollapsed(new Set(parents.map((p) => p.id)))}>
                <ChevronsDownUp aria-hidden="true" />
                Collapse all
              </Button>
            </>
          )}
        </div>
      </div>
      <ul aria-label="Categories" aria-describedby="category-tree-help" className="flex flex-col gap-1.5">
        {tree.map((node, i) => (
          <CategoryTreeItem key={node.id} node={node} siblings={tree} index={i} controller={controller} />
        ))}
      </ul>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
