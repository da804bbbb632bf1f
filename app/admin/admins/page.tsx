import type { Metadata } from 'next';
import { ShieldCheck } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { AdminsTable } from '@/components/admin/admins/admins-table';
import { GrantRoleDialog } from '@/components/admin/admins/grant-role-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { listAdmins } from '@/lib/admin/admins/list-admins';
import { ListAdminsFilters, PLATFORM_ROLES } from '@/lib/admin/admins/schemas';
import { adminPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Admins' };

export default async function AdminsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('admins.manage')) return <AdminForbidden section="admins" />;
  const filters = ListAdminsFilters.parse(await searchParams);
  const result = await listAdmins(ctx, filters);
  const isSuperAdmin = ctx.roles.includes('super_admin');
  const grantable = PLATFORM_ROLES.filter((r) => r !== 'super_admin' || isSuperAdmin);

  return (
    <>
      <PageHeader
        title="Admins"
        description="Platform staff and their roles. Only a super admin grants or revokes super admin; nobody can revoke their own last role."
        actions={<GrantRoleDialog roles={grantable} />}
      />
      <FilterBar basePath="/admin/admins" fields={[{ kind: 'search', name: 'q', label: 'Search', value: filters.q, placeholder: 'Email' }]} />
      {result.rows.length === 0 ? (
        <EmptyState
          icon={ShieldCheck}
          title={filters.q ? 'No staff match this email' : 'No platform staff yet'}
          description={filters.q ? 'Try another search, or clear it.' : 'Grant a role to an existing account to add someone.'}
        />
      ) : (
        <>
          <ResultCount total={result.total} noun={['person', 'people']} filtered={Boolean(filters.q)} />
          <AdminsTable rows={result.rows} selfId={ctx.actor.userId} canManageSuperAdmins={isSuperAdmin} />
          <Pagination basePath="/admin/admins" searchParams={{ q: filters.q }} page={result.page} totalPages={result.totalPages} />
        </>
      )}
    </>
  );
}
