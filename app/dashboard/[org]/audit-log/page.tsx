import type { Metadata } from 'next';
import { AuditLogView } from '@/components/audit/audit-log-view';
import { Forbidden } from '@/components/dashboard/forbidden';
import { AuditLogFilters } from '@/lib/audit/list-audit-logs';
import { listOrgAuditLogs } from '@/lib/audit/list-org-audit-logs';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

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
  const filters = AuditLogFilters.parse(await searchParams);
  const zone = ctx.org.timezone.replace(/_/g, ' ');
  return (
    <AuditLogView
      description={`Every change made in ${ctx.org.name}, by whom and when. Times in ${zone}.`}
      basePath={`/dashboard/${ctx.org.slug}/audit-log`}
      filters={filters}
      result={await listOrgAuditLogs(ctx, filters)}
      timeZone={ctx.org.timezone}
      empty={{ title: 'Nothing recorded yet', description: 'Changes to settings, domains and the team will appear here.' }}
    />
  );
}
