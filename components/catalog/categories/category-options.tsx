import type { CategoryOption } from '@/lib/catalog/categories/list-category-options';

export type CategoryChoice = Pick<CategoryOption, 'id' | 'name' | 'depth' | 'isActive'>;

type Props = {
  options: CategoryChoice[];
  /** The empty choice: "No category", "No parent (top level)". */
  noneLabel: string;
  /** Choices that would be refused (for a move: the category itself and its subcategories). */
  exclude?: ReadonlySet<string>;
  /** Where it is now, marked "· current"; null is the empty choice, undefined marks nothing. */
  currentId?: string | null;
};

/** The <option>s of a category select, for products and parents alike: the empty choice, then the tree, indented by depth. */
export function CategoryOptions({ options, noneLabel, exclude, currentId }: Props) {
  const current = (id: string | null) => (currentId !== undefined && currentId === id ? ' · current' : '');
  return (
    <>
      <option value="">{`${noneLabel}${current(null)}`}</option>
      {options
        .filter((o) => !exclude?.has(o.id))
        .map((o) => (
          <option key={o.id} value={o.id}>
            {`${'\u00a0\u00a0\u00a0'.repeat(o.depth)}${o.name}${o.isActive ? '' : ' (inactive)'}${current(o.id)}`}
          </option>
        ))}
    </>
  );
}

/** A category and everything under it, from options in tree order (its subtree follows it, deeper). */
export function subtreeIds(options: CategoryChoice[], id: string): Set<string> {
  const at = options.findIndex((o) => o.id === id);
  const ids = new Set([id]);
  if (at === -1) return ids;
  for (let i = at + 1; i < options.length && options[i]!.depth > options[at]!.depth; i++) ids.add(options[i]!.id);
  return ids;
}
