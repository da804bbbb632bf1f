import type { Metadata } from 'next';
import { Forbidden } from '@/components/dashboard/forbidden';
import { SettingsHeader } from '@/components/dashboard/settings-header';
import { CurrentPlanCard } from '@/components/plans/current-plan-card';
import { PlanComparison } from '@/components/plans/plan-comparison';
import { BillingCard } from '@/components/billing/billing-card';
import { PlanHistory } from '@/components/billing/plan-history';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getBillingOverview } from '@/lib/billing/get-billing-overview';
import { getPlanOverview } from '@/lib/plans/get-plan-overview';
import { PageParam } from '@/lib/server/list-query';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Plan and usage' };

export default async function PlanSettingsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: SearchParams }) {
  const ctx = await orgPageContext((await params).org);
  const { org } = ctx;
  if (!ctx.can('settings.view')) return <Forbidden action={{ href: `/dashboard/${org.slug}`, label: 'Back to the overview' }} />;
  const query = await searchParams;
  const historyPage = PageParam.parse(query.history);
  const returned = query.checkout === 'success' || query.billing === 'updated' ? 'success' : query.checkout === 'cancelled' ? 'cancelled' : null;
  const [overview, billing] = await Promise.all([getPlanOverview(ctx), getBillingOverview(ctx, { historyPage })]);

  return (
    <>
      <SettingsHeader slug={org.slug} can={ctx.can} current="plan" description="Your plan, how much of its limits you use, and what the other plans include." />

      <CurrentPlanCard slug={org.slug} plan={overview.plan} customDomains={overview.customDomains} usage={overview.usage} orders={overview.orders} />

      <Card>
        <CardHeader>
          <CardTitle as="h2" className="text-base">
            Compare plans
          </CardTitle>
          <CardDescription>Team members count everyone who signs in to this dashboard, couriers too, and invitations not yet accepted.</CardDescription>
        </CardHeader>
        <CardContent>
          <PlanComparison plans={overview.plans} current={overview.plan} />
        </CardContent>
      </Card>

      <BillingCard slug={org.slug} plan={overview.plan} billing={billing} canManage={ctx.can('settings.update')} timeZone={org.timezone} returned={returned} />

      <PlanHistory slug={org.slug} history={billing.history} timeZone={org.timezone} />
    </>
  );
}
