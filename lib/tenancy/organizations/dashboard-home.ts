import { activePlatformGrants } from '@/lib/server/context';
import { listMyOrganizations } from './list-my-organizations';

/** Where /dashboard sends a user: their newest non-courier org, the courier view, the back office, or onboarding. */
export async function dashboardHomeFor(userId: string): Promise<string> {
  const orgs = await listMyOrganizations(userId);
  const merchant = orgs.find((o) => o.role !== 'courier');
  if (merchant) return `/dashboard/${merchant.slug}`;
  if (orgs.length > 0) return '/courier';
  return (await activePlatformGrants(userId)).length > 0 ? '/admin' : '/onboarding';
}
