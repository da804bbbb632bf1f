import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { withUser } from '@/db/scope';
import { platformRoles } from '@/db/schema';
import { listMyOrganizations } from './list-my-organizations';

/** Where /dashboard sends a user: their newest non-courier org, the courier view, the back office, or onboarding. */
export async function dashboardHomeFor(userId: string): Promise<string> {
  const orgs = await listMyOrganizations(userId);
  const merchant = orgs.find((o) => o.role !== 'courier');
  if (merchant) return `/dashboard/${merchant.slug}`;
  if (orgs.length > 0) return '/courier';
  const [admin] = await withUser(userId, (tx) =>
    tx
      .select({ id: platformRoles.id })
      .from(platformRoles)
      .where(and(eq(platformRoles.userId, userId), or(isNull(platformRoles.expiresAt), gt(platformRoles.expiresAt, new Date()))))
      .limit(1),
  );
  return admin ? '/admin' : '/onboarding';
}
