import type { Metadata } from 'next';
import { AuditLogFilters } from '@/components/audit/audit-log-filters';
import { AuditLogTable } from '@/components/audit/audit-log-table';
import { Forbidden } from '@/components/dashboard/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import type { SearchParams } from '@/lib/server/search-params';
import { AuditLogFilters as AuditLogFiltersInput } from '@/lib/audit/list-audit-logs';
import { listOrgAuditLogs } from '@/lib/audit/list-org-audit-logs';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** Who changed what in this organization, newest first (owners and admins). */
export default async function OrgAuditLogPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  if (!ctx.can('audit.view')) {
    return (
      <Forbidden
        description="The audit log is for owners and admins. Ask one of them if you need to know who changed something."
        action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Go to the overview' }}
      />
    );
  }
  const filters = AuditLogFiltersInput.parse(await searchParams);
  const result = await listOrgAuditLogs(ctx, filters);
  const basePath = `/dashboard/${ctx.org.slug}/audit-log`;
  const filtered = Boolean(filters.actor || filters.action || filters.from || filters.to);
  const zone = ctx.org.timezone.replace(/_/g, ' ');

  return (
    <>
      <PageHeader title="Audit log" description={`Every change made in ${ctx.org.name}, by whom and when. Times in ${zone}.`} />
      <AuditLogFilters basePath={basePath} filters={filters} />
      {(!filtered || result.total > 0) && (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {result.total} {result.total === 1 ? 'entry' : 'entries'}
        </p>
      )}
      <AuditLogTable
        rows={result.rows}
        timeZone={ctx.org.timezone}
        emptyTitle={filtered ? 'No entries match these filters' : 'Nothing recorded yet'}
        emptyDescription={filtered ? 'Try a wider date range or another filter, or clear the filters.' : 'Changes to settings, domains and the team will appear here.'}
      />
      <Pagination
        basePath={basePath}
        searchParams={{ actor: filters.actor || undefined, action: filters.action || undefined, from: filters.from, to: filters.to }}
        page={result.page}
        totalPages={result.totalPages}
      />
    </>
  );
}
