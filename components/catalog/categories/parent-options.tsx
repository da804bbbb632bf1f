import type { CategoryOption } from '@/lib/catalog/categories/list-category-options';

/**
 * The <option>s of a parent picker: "No parent" then the tree, indented by depth. `exclude`
 * drops choices that would be refused (a category itself and its own subcategories).
 */
export function ParentOptions({ options, exclude = new Set(), currentId }: { options: CategoryOption[]; exclude?: ReadonlySet<string>; currentId?: string | null }) {
  return (
    <>
      <option value="">No parent (top level){currentId === null ? ' · current' : ''}</option>
      {options
        .filter((o) => !exclude.has(o.id))
        .map((o) => (
          <option key={o.id} value={o.id}>
            {'\u00a0\u00a0\u00a0'.repeat(o.depth)}
            {o.name}
            {o.isActive ? '' : ' (inactive)'}
            {o.id === currentId ? ' · current' : ''}
          </option>
        ))}
    </>
  );
}

/** A category and everything under it, from options in tree order (its subtree follows it, deeper). */
export function subtreeIds(options: CategoryOption[], id: string): Set<string> {
  const at = options.findIndex((o) => o.id === id);
  const ids = new Set([id]);
  if (at === -1) return ids;
  for (let i = at + 1; i < options.length && options[i]!.depth > options[at]!.depth; i++) ids.add(options[i]!.id);
  return ids;
}
