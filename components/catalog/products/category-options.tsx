import type { CategoryChoice } from './types';

/** `<option>`s for a category select: "No category", then the tree, indented by depth. */
export function CategoryOptions({ categories }: { categories: CategoryChoice[] }) {
  return (
    <>
      <option value="">No category</option>
      {categories.map((c) => (
        <option key={c.id} value={c.id}>
          {`${'\u00a0\u00a0\u00a0'.repeat(c.depth)}${c.name}${c.isActive ? '' : ' (inactive)'}`}
        </option>
      ))}
    </>
  );
}
