import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Truck } from 'lucide-react';
import { CourierOrganizationCard } from '@/components/courier/courier-organization-card';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { requireCourierContext } from '@/lib/courier/context';
import { countMyDeliveries } from '@/lib/courier/count-my-deliveries';
import { userPageContext } from '@/lib/server/page-context';
import { listCourierOrganizations } from '@/lib/tenancy/organizations/list-courier-organizations';

/** A card's counts; a store that cannot be read right now (say, no courier profile) shows none. */
const countsFor = (slug: string) =>
  requireCourierContext(slug)
    .then(countMyDeliveries)
    .catch(() => null);

/** The organizations the signed-in user delivers for; with only one, its deliveries straight away. */
export default async function CourierPage() {
  const user = await userPageContext('/courier');
  const organizations = await listCourierOrganizations(user.id);
  if (organizations.length === 1) redirect(`/courier/${organizations[0]!.slug}`);
  const counts = await Promise.all(organizations.map((org) => countsFor(org.slug)));

  return (
    <>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Your deliveries</h1>
        <p className="text-sm text-muted-foreground">
          {organizations.length === 0 ? 'You do not deliver for any organization yet.' : `You deliver for ${organizations.length} organizations.`}
        </p>
      </div>
      {organizations.length === 0 ? (
        <EmptyState
          icon={Truck}
          title="You are not a courier for any organization"
          description="When a store invites you with the courier role and you accept, its deliveries for you appear here. Ask the store owner for an invitation."
          action={
            <Button asChild variant="outline" size="lg">
              <Link href="/dashboard">Go to your dashboard</Link>
            </Button>
          }
          className="bg-background"
        />
      ) : (
        organizations.map((org, i) => <CourierOrganizationCard key={org.id} org={org} counts={counts[i] ?? null} />)
      )}
    </>
  );
}
