import type { Metadata } from 'next';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { AuditLogFilters } from '@/components/audit/audit-log-filters';
import { AuditLogTable } from '@/components/audit/audit-log-table';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import type { SearchParams } from '@/lib/server/search-params';
import { PlatformAuditLogFilters } from '@/lib/audit/list-audit-logs';
import { listPlatformAuditLogs } from '@/lib/audit/list-platform-audit-logs';
import { adminPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Audit log' };

export default async function PlatformAuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('audit.view_platform')) return <AdminForbidden section="the audit log" />;
  const filters = PlatformAuditLogFilters.parse(await searchParams);
  const result = await listPlatformAuditLogs(ctx, filters);
  const filtered = Boolean(filters.org || filters.actor || filters.action || filters.from || filters.to);
  const query = { org: filters.org || undefined, actor: filters.actor || undefined, action: filters.action || undefined, from: filters.from, to: filters.to };

  return (
    <>
      <PageHeader title="Audit log" description="Every recorded change, in every organization and on the platform itself. Times and dates in UTC." />
      <AuditLogFilters basePath="/admin/audit-log" filters={filters} withOrganization />
      {!filtered || result.total > 0 ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {result.total} {result.total === 1 ? 'entry' : 'entries'}
        </p>
      ) : null}
      <AuditLogTable
        rows={result.rows}
        timeZone="UTC"
        showOrganization
        organizationHref={(org) => `/admin/tenants/${org.id}`}
        emptyTitle={filtered ? 'No entries match these filters' : 'No audit entries yet'}
        emptyDescription={filtered ? 'Try a wider date range or another filter, or clear the filters.' : undefined}
      />
      <Pagination basePath="/admin/audit-log" searchParams={query} page={result.page} totalPages={result.totalPages} />
    </>
  );
}
