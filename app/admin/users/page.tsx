import type { Metadata } from 'next';
import { Users } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { UsersTable } from '@/components/admin/users-table';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { listUsers } from '@/lib/admin/list-users';
import { ListUsersFilters, USER_STATUSES } from '@/lib/admin/schemas';
import { adminPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';
import { STATUS_LABELS } from '@/lib/tenancy/labels';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('users.view')) return <AdminForbidden section="users" />;
  const filters = ListUsersFilters.parse(await searchParams);
  const result = await listUsers(ctx, filters);
  const filtered = Boolean(filters.q || filters.status);

  return (
    <>
      <PageHeader title="Users" description="Every account on the platform: merchants, their teams, shoppers and staff. Times in UTC." />
      <FilterBar
        basePath="/admin/users"
        fields={[
          { kind: 'search', name: 'q', label: 'Search', value: filters.q, placeholder: 'Name or email' },
          { kind: 'select', name: 'status', label: 'Status', value: filters.status ?? '', allLabel: 'All statuses', options: USER_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })) },
        ]}
      />
      {result.rows.length === 0 ? (
        <EmptyState icon={Users} title={filtered ? 'No users match these filters' : 'No users yet'} description={filtered ? 'Try another search, or clear the filters.' : undefined} />
      ) : (
        <>
          <ResultCount total={result.total} noun={['user', 'users']} filtered={filtered} />
          <div className="rounded-lg border">
            <UsersTable rows={result.rows} canDisable={ctx.can('users.disable')} selfId={ctx.actor.userId} />
          </div>
          <Pagination basePath="/admin/users" searchParams={{ q: filters.q, status: filters.status }} page={result.page} totalPages={result.totalPages} />
        </>
      )}
    </>
  );
}
