import { FilterBar, type FilterField } from '@/components/ui/filter-bar';
import type { PlatformAuditLogFilters } from '@/lib/audit/list-audit-logs';

type Props = { basePath: string; filters: Partial<PlatformAuditLogFilters>; withOrganization?: boolean };

/** Actor, action prefix and date range (plus the organization in the back office), all in the URL. */
export function AuditLogFilters({ basePath, filters, withOrganization = false }: Props) {
  const fields: FilterField[] = [
    ...(withOrganization
      ? [{ kind: 'text' as const, name: 'org', label: 'Organization', value: filters.org ?? '', placeholder: 'Slug, e.g. acme' }]
      : []),
    { kind: 'text', name: 'actor', label: 'Actor email', value: filters.actor ?? '', placeholder: 'name@example.com' },
    { kind: 'text', name: 'action', label: 'Action starts with', value: filters.action ?? '', placeholder: withOrganization ? 'e.g. tenant.' : 'e.g. team.' },
    { kind: 'date', name: 'from', label: 'From', value: filters.from ?? '' },
    { kind: 'date', name: 'to', label: 'To', value: filters.to ?? '' },
  ];
  return <FilterBar basePath={basePath} fields={fields} />;
}
