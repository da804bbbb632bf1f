import { redirect } from 'next/navigation';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { visibleAdminSections } from '@/lib/admin/sections';
import { adminPageContext } from '@/lib/server/page-context';

/** /admin opens the first section the admin's roles allow. */
export default async function AdminHomePage() {
  const ctx = await adminPageContext();
  const first = visibleAdminSections(ctx.can)[0];
  if (first) redirect(first.href);
  return <AdminForbidden section="any back-office section" />;
}
