import { ORDER_PAYMENT_STATUSES, ORDER_STATUSES, PAYMENT_METHODS } from '@/db/schema/values';
import { FilterBar } from '@/components/ui/filter-bar';
import { ORDER_PAYMENT_STATUS_LABELS, PAYMENT_METHOD_LABELS } from '@/lib/orders/labels';
import type { OrderListFilters } from '@/lib/orders/list-filters';
import { ORDER_STATUS_LABELS } from '@/lib/orders/transitions';

/** Order number, customer, status, payment, method and placed-between dates, all in the URL. */
export function OrderFilters({ basePath, filters }: { basePath: string; filters: OrderListFilters }) {
  return (
    <FilterBar
      basePath={basePath}
      fields={[
        { kind: 'search', name: 'number', label: 'Order number', value: filters.number, placeholder: 'e.g. A1B2C3 or its start' },
        { kind: 'text', name: 'customer', label: 'Customer', value: filters.customer, placeholder: 'Name or email' },
        {
          kind: 'select',
          name: 'status',
          label: 'Status',
          value: filters.status ?? '',
          allLabel: 'Any status',
          options: ORDER_STATUSES.map((s) => ({ value: s, label: ORDER_STATUS_LABELS[s] })),
        },
        {
          kind: 'select',
          name: 'payment',
          label: 'Payment',
          value: filters.payment ?? '',
          allLabel: 'Any payment status',
          options: ORDER_PAYMENT_STATUSES.map((s) => ({ value: s, label: ORDER_PAYMENT_STATUS_LABELS[s] })),
        },
        {
          kind: 'select',
          name: 'method',
          label: 'Method',
          value: filters.method ?? '',
          allLabel: 'Any method',
          options: PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] })),
        },
        { kind: 'date', name: 'from', label: 'Placed from', value: filters.from ?? '' },
        { kind: 'date', name: 'to', label: 'Placed to', value: filters.to ?? '' },
      ]}
    />
  );
}
