import { redirect } from 'next/navigation';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { adminPageContext } from '@/lib/server/page-context';

/** /admin opens the first section the admin's roles allow. */
export default async function AdminHomePage() {
  const ctx = await adminPageContext();
  if (ctx.can('tenants.view')) redirect('/admin/tenants');
  if (ctx.can('users.view')) redirect('/admin/users');
  if (ctx.can('audit.view_platform')) redirect('/admin/audit-log');
  return <AdminForbidden section="any back-office section" />;
}
