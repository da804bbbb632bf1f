import type { Metadata } from 'next';
import { Building2 } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { TenantCharts } from '@/components/admin/tenant-charts';
import { TenantsTable } from '@/components/admin/tenants-table';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { countTenants } from '@/lib/admin/count-tenants';
import { listTenants } from '@/lib/admin/list-tenants';
import { ListTenantsFilters, PLANS, TENANT_STATUSES } from '@/lib/admin/schemas';
import type { SearchParams } from '@/lib/server/search-params';
import { adminPageContext } from '@/lib/server/page-context';
import { PLAN_LABELS, STATUS_LABELS } from '@/lib/tenancy/labels';

export const metadata: Metadata = { title: 'Tenants' };

export default async function TenantsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('tenants.view')) return <AdminForbidden section="tenants" />;
  const filters = ListTenantsFilters.parse(await searchParams);
  const [result, counts] = await Promise.all([listTenants(ctx, filters), countTenants(ctx)]);
  const query = { q: filters.q, plan: filters.plan, status: filters.status };
  const filtered = Boolean(filters.q || filters.plan || filters.status);

  return (
    <>
      <PageHeader title="Tenants" description={`${counts.total} organizations on the platform.`} />
      <TenantCharts counts={counts} />
      <section aria-labelledby="tenant-list" className="flex flex-col gap-4">
        <h2 id="tenant-list" className="sr-only">
          Tenant list
        </h2>
        <FilterBar
          basePath="/admin/tenants"
          fields={[
            { kind: 'search', name: 'q', label: 'Search', value: filters.q, placeholder: 'Name, slug or owner email' },
            { kind: 'select', name: 'plan', label: 'Plan', value: filters.plan ?? '', allLabel: 'All plans', options: PLANS.map((p) => ({ value: p, label: PLAN_LABELS[p] })) },
            { kind: 'select', name: 'status', label: 'Status', value: filters.status ?? '', allLabel: 'All statuses', options: TENANT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })) },
          ]}
        />
        {result.rows.length === 0 ? (
          <EmptyState
            icon={Building2}
            title={filtered ? 'No tenants match these filters' : 'No tenants yet'}
            description={filtered ? 'Try another search, or clear the filters.' : 'Organizations appear here as merchants sign up.'}
          />
        ) : (
          <>
            <ResultCount total={result.total} noun={['tenant', 'tenants']} filtered={filtered} />
            <div className="rounded-lg border">
              <TenantsTable rows={result.rows} />
            </div>
            <Pagination basePath="/admin/tenants" searchParams={query} page={result.page} totalPages={result.totalPages} />
          </>
        )}
      </section>
    </>
  );
}
