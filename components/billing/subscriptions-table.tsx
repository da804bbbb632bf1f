import Link from 'next/link';
import type { SubscriptionListRow } from '@/lib/billing/admin/list-subscriptions';
import { PLANS } from '@/lib/plans/plans';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { BILLING_STATUS_LABELS, BILLING_STATUS_VARIANTS } from './billing-labels';

/** /admin/billing: one row per organization's subscription. */
export function SubscriptionsTable({ rows }: { rows: SubscriptionListRow[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Organization</TableHead>
          <TableHead>Subscription</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Renews</TableHead>
          <TableHead>Grace until</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.organizationId}>
            <TableCell>
              <Link href={`/admin/tenants/${r.organizationId}`} className="font-medium hover:underline">
                {r.organizationName}
              </Link>
              <div className="text-xs text-muted-foreground">
                {r.organizationSlug} · on {PLANS[r.organizationPlan].name} now
              </div>
            </TableCell>
            <TableCell>{r.plan ? PLANS[r.plan].name : <span className="text-muted-foreground">None yet</span>}</TableCell>
            <TableCell>
              <Badge variant={BILLING_STATUS_VARIANTS[r.status]}>{BILLING_STATUS_LABELS[r.status]}</Badge>
              {r.cancelAtPeriodEnd && r.status !== 'canceled' && <div className="text-xs text-muted-foreground">Ends at period end</div>}
            </TableCell>
            <TableCell>{r.status === 'canceled' ? <span className="text-muted-foreground">—</span> : <DateTime value={r.currentPeriodEnd} dateOnly fallback="—" />}</TableCell>
            <TableCell>{r.graceUntil ? <DateTime value={r.graceUntil} dateOnly className="font-medium text-destructive" /> : <span className="text-muted-foreground">—</span>}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
