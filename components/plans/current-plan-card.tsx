import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { ResourceUsage } from '@/lib/plans/get-plan-overview';
import { MODULE_LABELS, PLANS, type PlanKey } from '@/lib/plans/plans';
import { UsageBar } from './usage-bar';

/** The organization's plan, what it includes, and how much of each limit is used. */
export function CurrentPlanCard({ slug, plan, customDomains, usage }: { slug: string; plan: PlanKey; customDomains: boolean; usage: ResourceUsage[] }) {
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle as="h2" className="text-base">
            {PLANS[plan].name} plan
          </CardTitle>
          <Badge variant="outline">Current plan</Badge>
        </div>
        <CardDescription>
          {MODULE_LABELS.customDomains}:{' '}
          {customDomains ? (
            <>
              included.{' '}
              <Link href={`/dashboard/${slug}/settings/domains`} className="text-primary underline-offset-4 hover:underline">
                Manage domains
              </Link>
            </>
          ) : (
            'not included on this plan.'
          )}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <h3 className="sr-only">Usage</h3>
        <ul className="flex flex-col gap-5">
          {usage.map((u) => (
            <li key={u.resource}>
              <UsageBar {...u} />
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
