import { COURIER_STATUSES } from '@/db/schema/values';
import { FilterBar } from '@/components/ui/filter-bar';
import { COURIER_STATUS_LABELS } from '@/lib/delivery/couriers-admin/labels';
import type { CourierListFilters } from '@/lib/delivery/couriers-admin/schemas';

/** Search (name, email, phone), status and active flag, all in the URL. */
export function CourierFilters({ basePath, filters }: { basePath: string; filters: CourierListFilters }) {
  return (
    <FilterBar
      basePath={basePath}
      fields={[
        { kind: 'search', name: 'q', label: 'Search couriers', value: filters.q, placeholder: 'Name, email or phone' },
        {
          kind: 'select',
          name: 'status',
          label: 'Status',
          value: filters.status ?? '',
          allLabel: 'Any status',
          options: COURIER_STATUSES.map((s) => ({ value: s, label: COURIER_STATUS_LABELS[s] })),
        },
        {
          kind: 'select',
          name: 'active',
          label: 'Active',
          value: filters.active ?? '',
          allLabel: 'Active and inactive',
          options: [
            { value: 'active', label: 'Active only' },
            { value: 'inactive', label: 'Inactive only' },
          ],
        },
      ]}
    />
  );
}
