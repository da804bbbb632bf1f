import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { ResourceUsage } from '@/lib/plans/get-plan-overview';
import { MODULE_LABELS, PLANS, RESOURCE_LABELS, type PlanKey } from '@/lib/plans/plans';
import { UsageBar } from './usage-bar';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Props = {
  slug: string;
  plan: PlanKey;
  customDomains: boolean;
  usage: ResourceUsage[];
  /** Orders taken this month (in the store's time zone) against the plan's monthly limit. */
  orders: { used: number; limit: number | null };
};

/** The organization's plan, what it includes, and how much of each limit is used (this month's orders first). */
export function CurrentPlanCard({ slug, plan, customDomains, usage, orders }: Props) {
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
          <li>
            <UsageBar
              id="orders"
              label="Orders this month"
              {...orders}
              fullText="At the limit: your storefront takes no new orders until next month, or until you move to a bigger plan."
            />
          </li>
          {usage.map((u) => (
            <li key={u.resource}>
              <UsageBar id={u.resource} label={capitalize(RESOURCE_LABELS[u.resource].many)} used={u.used} limit={u.limit} />
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
