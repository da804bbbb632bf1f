'use client';

import Link from 'next/link';
import { ArrowDown, ArrowUp, ChevronRight, FolderTree, GripVertical, Plus } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { CategoryTreeNode } from '@/lib/catalog/categories/tree';
import { cn } from '@/lib/utils/cn';

type Place = 'before' | 'after';

export type TreeController = {
  slug: string;
  canManage: boolean;
  collapsed: ReadonlySet<string>;
  toggle: (id: string) => void;
  dragging: CategoryTreeNode | null;
  dropTarget: { id: string; place: Place } | null;
  startDrag: (node: CategoryTreeNode) => void;
  hover: (target: CategoryTreeNode | null, place: Place) => void;
  drop: (target: CategoryTreeNode, place: Place, siblings: CategoryTreeNode[]) => void;
  endDrag: () => void;
  step: (node: CategoryTreeNode, siblings: CategoryTreeNode[], direction: 'up' | 'down') => void;
};

type Props = { node: CategoryTreeNode; siblings: CategoryTreeNode[]; index: number; controller: TreeController };

const productsLabel = (n: number) => (n === 1 ? '1 product' : `${n} products`);

/** One category row and, unless collapsed, its subcategories. */
export function CategoryTreeItem({ node, siblings, index, controller: c }: Props) {
  const expanded = !c.collapsed.has(node.id);
  const hasChildren = node.children.length > 0;
  const childrenId = `category-${node.id}-children`;
  // Only siblings of the dragged row accept it: the order changes within one level.
  const accepts = c.dragging !== null && c.dragging.id !== node.id && c.dragging.parentId === node.parentId;
  const place = (e: React.DragEvent<HTMLElement>): Place => {
    const box = e.currentTarget.getBoundingClientRect();
    return e.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };
  const marked = c.dropTarget?.id === node.id ? c.dropTarget.place : null;
  const first = index === 0;
  const last = index === siblings.length - 1;

  return (
    <li>
      <div
        draggable={c.canManage}
        onDragStart={(e) => {
          e.stopPropagation();
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', node.name);
          c.startDrag(node);
        }}
        onDragEnd={c.endDrag}
        onDragOver={(e) => {
          if (!accepts) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
          c.hover(node, place(e));
        }}
        onDragLeave={() => marked && c.hover(null, 'before')}
        onDrop={(e) => {
          if (!accepts) return;
          e.preventDefault();
          c.drop(node, place(e), siblings);
        }}
        className={cn(
          'flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border bg-card p-2 sm:flex-nowrap',
          c.dragging?.id === node.id && 'opacity-50',
          marked === 'before' && 'shadow-[inset_0_3px_0_0_var(--color-primary)]',
          marked === 'after' && 'shadow-[inset_0_-3px_0_0_var(--color-primary)]',
        )}
      >
        <div className="flex min-w-0 flex-1 items-center gap-2">
          {c.canManage && <GripVertical aria-hidden="true" className="size-4 shrink-0 cursor-grab text-muted-foreground" />}
          {hasChildren ? (
            <Button
              type="button"
              variant="ghost"
              size="icon"
              className="size-8"
              aria-expanded={expanded}
              aria-controls={childrenId}
              aria-label={`Subcategories of ${node.name}`}
              onClick={() => c.toggle(node.id)}
            >
              <ChevronRight aria-hidden="true" className={cn('transition-transform', expanded && 'rotate-90')} />
            </Button>
          ) : (
            <span aria-hidden="true" className="size-8 shrink-0" />
          )}
          <div className="flex size-10 shrink-0 items-center justify-center overflow-hidden rounded-md border bg-muted/50">
            {node.imageUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- served by our own file route
              <img src={node.imageUrl} alt="" loading="lazy" className="size-full object-cover" />
            ) : (
              <FolderTree aria-hidden="true" className="size-4 text-muted-foreground" />
            )}
          </div>
          <div className="flex min-w-0 flex-col">
            <Link href={`/dashboard/${c.slug}/categories/${node.id}`} className="truncate font-medium underline-offset-4 hover:underline">
              {node.name}
            </Link>
            <span className="truncate text-xs text-muted-foreground">
              /c/{node.slug} · {productsLabel(node.productCount)}
              {node.totalProductCount > node.productCount && ` (${node.totalProductCount} with subcategories)`}
            </span>
          </div>
          <Badge variant={node.isActive ? 'success' : 'secondary'} className="ml-auto sm:ml-2">
            {node.isActive ? 'Active' : 'Inactive'}
          </Badge>
        </div>
        {c.canManage && (
          <div className="ml-auto flex shrink-0 items-center gap-1">
            {/* aria-disabled, not disabled: the button that just moved a row to the end keeps focus. */}
            <StepButton label={`Move ${node.name} up`} direction="up" atEnd={first} onStep={() => c.step(node, siblings, 'up')} />
            <StepButton label={`Move ${node.name} down`} direction="down" atEnd={last} onStep={() => c.step(node, siblings, 'down')} />
            <Button asChild variant="ghost" size="icon" className="size-9">
              <Link href={`/dashboard/${c.slug}/categories/new?parent=${node.id}`} aria-label={`Add a subcategory to ${node.name}`}>
                <Plus aria-hidden="true" />
              </Link>
            </Button>
          </div>
        )}
      </div>
      {hasChildren && (
        <ul id={childrenId} hidden={!expanded} className="mt-1.5 ml-4 flex flex-col gap-1.5 border-l pl-2 sm:ml-6 sm:pl-3">
          {node.children.map((child, i) => (
            <CategoryTreeItem key={child.id} node={child} siblings={node.children} index={i} controller={c} />
          ))}
        </ul>
      )}
    </li>
  );
}

function StepButton({ label, direction, atEnd, onStep }: { label: string; direction: 'up' | 'down'; atEnd: boolean; onStep: () => void }) {
  const Icon = direction === 'up' ? ArrowUp : ArrowDown;
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon"
      className="size-9"
      aria-label={label}
      aria-disabled={atEnd || undefined}
      onClick={() => {
        if (!atEnd) onStep();
      }}
    >
      <Icon aria-hidden="true" />
    </Button>
  );
}
