import { History } from 'lucide-react';
import type { BillingOverview } from '@/lib/billing/get-billing-overview';
import { PLANS } from '@/lib/plans/plans';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { PLAN_CHANGE_SOURCE_LABELS } from './billing-labels';

/** Every change of the store's plan, newest first: from → to, when, by whom (or by the subscription) and why. */
export function PlanHistory({ slug, history, timeZone }: { slug: string; history: BillingOverview['history']; timeZone: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2" className="text-base">
          Plan history
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {history.rows.length === 0 ? (
          <EmptyState as="h3" icon={History} title="No plan changes yet" description="When the plan changes, it is listed here with who changed it and why." />
        ) : (
          <ol className="flex flex-col divide-y text-sm">
            {history.rows.map((c) => (
              <li key={c.id} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                <div>
                  <span className="font-medium">
                    {PLANS[c.fromPlan].name} → {PLANS[c.toPlan].name}
                  </span>
                  <span className="text-muted-foreground">
                    {' '}
                    · {PLAN_CHANGE_SOURCE_LABELS[c.source]}
                    {c.actorName || c.actorEmail ? ` (${c.actorName ?? c.actorEmail})` : ''}
                  </span>
                  {c.reason && <p className="text-muted-foreground">{c.reason}</p>}
                </div>
                <DateTime value={c.createdAt} timeZone={timeZone} className="text-muted-foreground" />
              </li>
            ))}
          </ol>
        )}
        {history.totalPages > 1 && (
          <Pagination href={(page) => `/dashboard/${slug}/settings/plan?history=${page}`} page={history.page} totalPages={history.totalPages} />
        )}
      </CardContent>
    </Card>
  );
}
