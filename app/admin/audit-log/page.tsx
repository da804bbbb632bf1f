import type { Metadata } from 'next';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { AuditLogView } from '@/components/audit/audit-log-view';
import { PlatformAuditLogFilters } from '@/lib/audit/list-audit-logs';
import { listPlatformAuditLogs } from '@/lib/audit/list-platform-audit-logs';
import { adminPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Audit log' };

export default async function PlatformAuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('audit.view_platform')) return <AdminForbidden section="the audit log" />;
  const filters = PlatformAuditLogFilters.parse(await searchParams);
  return (
    <AuditLogView
      description="Every recorded change, in every organization and on the platform itself. Times and dates in UTC."
      basePath="/admin/audit-log"
      filters={filters}
      result={await listPlatformAuditLogs(ctx, filters)}
      timeZone="UTC"
      organizationHref={(org) => `/admin/tenants/${org.id}`}
      empty={{ title: 'No audit entries yet' }}
    />
  );
}
