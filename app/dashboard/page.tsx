import { redirect } from 'next/navigation';
import { dashboardHomeFor } from '@/lib/tenancy/organizations/dashboard-home';
import { userPageContext } from '@/lib/server/page-context';

/** /dashboard picks where a user belongs: their newest merchant org, the courier view, the back office, or onboarding. */
export default async function DashboardHome() {
  const user = await userPageContext('/dashboard');
  redirect(await dashboardHomeFor(user.id));
}
