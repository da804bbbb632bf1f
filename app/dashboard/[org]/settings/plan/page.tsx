import type { Metadata } from 'next';
import { Forbidden } from '@/components/dashboard/forbidden';
import { SettingsHeader } from '@/components/dashboard/settings-header';
import { CurrentPlanCard } from '@/components/plans/current-plan-card';
import { PlanComparison } from '@/components/plans/plan-comparison';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getPlanOverview } from '@/lib/plans/get-plan-overview';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Plan and usage' };

export default async function PlanSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  const { org } = ctx;
  if (!ctx.can('settings.view')) return <Forbidden action={{ href: `/dashboard/${org.slug}`, label: 'Back to the overview' }} />;
  const overview = await getPlanOverview(ctx);

  return (
    <>
      <SettingsHeader slug={org.slug} can={ctx.can} current="plan" description="Your plan, how much of its limits you use, and what the other plans include." />

      <CurrentPlanCard slug={org.slug} plan={overview.plan} customDomains={overview.customDomains} usage={overview.usage} />

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

      <Card>
        <CardHeader>
          <CardTitle as="h2" className="text-base">
            Changing plans
          </CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-2 text-sm">
          <p>Plan changes are made by the platform team for now — contact support and say which plan you want.</p>
          <p className="text-muted-foreground">
            Paying for a plan online (self-service billing) is not available yet. Moving to a smaller plan needs your usage to fit its limits first.
          </p>
        </CardContent>
      </Card>
    </>
  );
}
