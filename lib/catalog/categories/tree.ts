/**
 * The category tree as the dashboard shows it, built from flat rows. Pure (no database), so a
 * client component can use the type and the helpers too.
 */
export type CategoryRow = {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  isActive: boolean;
  imageUrl: string | null;
  sortOrder: number;
};

export type CategoryTreeNode = CategoryRow & {
  /** Products filed directly in this category. */
  productCount: number;
  /** Products in this category and all of its subcategories. */
  totalProductCount: number;
  children: CategoryTreeNode[];
};

const byOrder = (a: CategoryRow, b: CategoryRow) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Roots in order, each with its children in order. Rows whose parent is missing are shown at the top level. */
export function buildCategoryTree(rows: CategoryRow[], productCounts: ReadonlyMap<string, number>): CategoryTreeNode[] {
  const nodes = new Map<string, CategoryTreeNode>();
  for (const row of [...rows].sort(byOrder)) {
    const n = productCounts.get(row.id) ?? 0;
    nodes.set(row.id, { ...row, productCount: n, totalProductCount: n, children: [] });
  }
  const roots: CategoryTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const total = (node: CategoryTreeNode, seen: Set<string>): number => {
    if (seen.has(node.id)) return 0;
    seen.add(node.id);
    node.totalProductCount = node.productCount + node.children.reduce((sum, c) => sum + total(c, seen), 0);
    return node.totalProductCount;
  };
  const seen = new Set<string>();
  for (const root of roots) total(root, seen);
  return roots;
}

/** Every node of the tree, depth first, in display order. */
export function flattenTree(nodes: CategoryTreeNode[]): CategoryTreeNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

/** The tree with one parent's children (null: the roots) put in the order of `orderedIds`. */
export function withChildOrder(nodes: CategoryTreeNode[], parentId: string | null, orderedIds: string[]): CategoryTreeNode[] {
  const reorder = (list: CategoryTreeNode[]) => {
    const rank = new Map(orderedIds.map((id, i) => [id, i]));
    return [...list].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  };
  if (parentId === null) return reorder(nodes);
  return nodes.map((n) =>
    n.id === parentId ? { ...n, children: reorder(n.children) } : { ...n, children: withChildOrder(n.children, parentId, orderedIds) },
  );
}
