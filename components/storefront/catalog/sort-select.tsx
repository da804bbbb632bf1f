'use client';

import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/select';
import { CATALOG_SORTS, SORT_LABELS, type CatalogSort } from '@/lib/storefront/catalog/category-filters';

/** The sort order, part of the filters form (by `form=`): a new choice applies at once. */
export function SortSelect({ form, value }: { form: string; value: CatalogSort }) {
  return (
    <div className="flex items-center gap-2">
      <Label htmlFor="catalog-sort" className="shrink-0">
        Sort by
      </Label>
      <Select
        id="catalog-sort"
        name="sort"
        form={form}
        defaultValue={value}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        wrapperClassName="w-48"
      >
        {CATALOG_SORTS.map((s) => (
          <option key={s} value={s}>
            {SORT_LABELS[s]}
          </option>
        ))}
      </Select>
    </div>
  );
}
