import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import type { AuditLogPage, PlatformAuditLogFilters } from '@/lib/audit/list-audit-logs';
import { AuditLogFilters } from './audit-log-filters';
import { AuditLogTable } from './audit-log-table';

type Props = {
  description: string;
  basePath: string;
  filters: Partial<PlatformAuditLogFilters>;
  result: AuditLogPage;
  /** Times and date filters are in this zone. */
  timeZone: string;
  /** The platform-wide log: filter by organization and show it on each row. */
  organizationHref?: (organization: { id: string; slug: string }) => string;
  /** What the empty log says before any filter is applied. */
  empty: { title: string; description?: string };
};

/** An audit-log page: filters, the count, the rows and the pages (an organization's log, or the platform's). */
export function AuditLogView({ description, basePath, filters, result, timeZone, organizationHref, empty }: Props) {
  const withOrganization = Boolean(organizationHref);
  const { org, actor, action, from, to } = filters;
  const filtered = Boolean(org || actor || action || from || to);
  return (
    <>
      <PageHeader title="Audit log" description={description} />
      <AuditLogFilters basePath={basePath} filters={filters} withOrganization={withOrganization} />
      {(!filtered || result.total > 0) && <ResultCount total={result.total} noun={['entry', 'entries']} />}
      <AuditLogTable
        rows={result.rows}
        timeZone={timeZone}
        showOrganization={withOrganization}
        organizationHref={organizationHref}
        emptyTitle={filtered ? 'No entries match these filters' : empty.title}
        emptyDescription={filtered ? 'Try a wider date range or another filter, or clear the filters.' : empty.description}
      />
      <Pagination basePath={basePath} searchParams={{ org, actor, action, from, to }} page={result.page} totalPages={result.totalPages} />
    </>
  );
}
