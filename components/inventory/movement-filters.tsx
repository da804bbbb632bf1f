import { FilterBar, type FilterField } from '@/components/ui/filter-bar';
import { MOVEMENT_TYPE_LABELS, type MovementType } from '@/lib/inventory/labels';
import type { MovementFilters as Filters } from '@/lib/inventory/stock/list-movements';
import type { WarehouseOption } from './types';

type Props = { basePath: string; filters: Filters; warehouses: WarehouseOption[]; withSearch?: boolean };

/** Warehouse, type, product search (org-wide list only) and date range, all in the URL. */
export function MovementFilters({ basePath, filters, warehouses, withSearch = true }: Props) {
  const fields: FilterField[] = [
    ...(withSearch ? [{ kind: 'search' as const, name: 'q', label: 'Product', value: filters.q, placeholder: 'Name or SKU' }] : []),
    { kind: 'select', name: 'warehouse', label: 'Warehouse', value: filters.warehouse, allLabel: 'All warehouses', options: warehouses.map((w) => ({ value: w.id, label: w.name })) },
    {
      kind: 'select',
      name: 'type',
      label: 'Type',
      value: filters.type ?? '',
      allLabel: 'All types',
      options: (Object.keys(MOVEMENT_TYPE_LABELS) as MovementType[]).map((t) => ({ value: t, label: MOVEMENT_TYPE_LABELS[t] })),
    },
    { kind: 'date', name: 'from', label: 'From', value: filters.from ?? '' },
    { kind: 'date', name: 'to', label: 'To', value: filters.to ?? '' },
  ];
  return <FilterBar basePath={basePath} fields={fields} />;
}
