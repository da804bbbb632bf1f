import type { Metadata } from 'next';
import { Globe } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { CustomDomainsTable } from '@/components/admin/integrations/custom-domains-table';
import { IntegrationStatusCards } from '@/components/admin/integrations/integration-status-cards';
import { IntegrationsTabs } from '@/components/admin/integrations/integrations-tabs';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { DOMAIN_STATUSES } from '@/db/schema/values';
import { getIntegrationStatus } from '@/lib/admin/integrations/get-integration-status';
import { listCustomDomains } from '@/lib/admin/integrations/list-custom-domains';
import { ListCustomDomainsFilters } from '@/lib/admin/integrations/schemas';
import { adminPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';
import { DOMAIN_STATUS_LABELS } from '@/lib/tenancy/labels';

export const metadata: Metadata = { title: 'Custom domains' };

export default async function CustomDomainsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('integrations.view')) return <AdminForbidden section="integrations" />;
  const filters = ListCustomDomainsFilters.parse(await searchParams);
  const [status, result] = await Promise.all([getIntegrationStatus(ctx), listCustomDomains(ctx, filters)]);
  const filtered = Boolean(filters.q || filters.status);

  return (
    <>
      <PageHeader
        title="Integrations"
        description="Tenants’ custom domains, checked longest ago first. Every domain is re-checked hourly; a verified one stops serving after 3 failed checks in a row. Times in UTC."
      />
      <IntegrationStatusCards status={status} />
      <IntegrationsTabs current="domains" />
      <FilterBar
        basePath="/admin/integrations/domains"
        fields={[
          { kind: 'search', name: 'q', label: 'Hostname', value: filters.q, placeholder: 'shop.example.com' },
          { kind: 'select', name: 'status', label: 'Status', value: filters.status ?? '', allLabel: 'All statuses', options: DOMAIN_STATUSES.map((s) => ({ value: s, label: DOMAIN_STATUS_LABELS[s] })) },
        ]}
      />
      {result.rows.length === 0 ? (
        <EmptyState
          icon={Globe}
          title={filtered ? 'No domains match these filters' : 'No custom domains yet'}
          description={filtered ? 'Try another hostname or status, or clear the filters.' : 'Domains tenants connect in Settings → Domains show up here.'}
        />
      ) : (
        <>
          <ResultCount total={result.total} noun={['domain', 'domains']} filtered={filtered} />
          <div className="rounded-lg border">
            <CustomDomainsTable rows={result.rows} canRecheck={ctx.can('domains.recheck')} />
          </div>
          <Pagination basePath="/admin/integrations/domains" searchParams={{ q: filters.q, status: filters.status }} page={result.page} totalPages={result.totalPages} />
        </>
      )}
    </>
  );
}
