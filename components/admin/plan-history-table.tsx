import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { TenantDetail } from '@/lib/admin/get-tenant';
import { PLAN_LABELS } from '@/lib/tenancy/labels';

const SOURCE_LABELS: Record<TenantDetail['planHistory'][number]['source'], string> = {
  admin: 'Back office',
  billing: 'Billing',
  grace_period: 'Grace period ended',
  cancellation: 'Subscription cancelled',
};

/** Every plan change, newest first: from → to, what caused it, who, when and why. Times in UTC. */
export function PlanHistoryTable({ rows }: { rows: TenantDetail['planHistory'] }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">The plan has not changed since the organization was created.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <caption className="sr-only">Plan history, newest first, times in UTC</caption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Change</TableHead>
            <TableHead scope="col">Source</TableHead>
            <TableHead scope="col">By</TableHead>
            <TableHead scope="col">When</TableHead>
            <TableHead scope="col">Reason</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((c) => (
            <TableRow key={c.id}>
              <TableCell className="font-medium whitespace-nowrap">
                {PLAN_LABELS[c.fromPlan]} <span aria-hidden="true">→</span>
                <span className="sr-only">to</span> {PLAN_LABELS[c.toPlan]}
              </TableCell>
              <TableCell>{SOURCE_LABELS[c.source]}</TableCell>
              <TableCell>{c.actorEmail ?? <span className="text-muted-foreground">System</span>}</TableCell>
              <TableCell>
                <DateTime value={c.createdAt} />
              </TableCell>
              <TableCell className="max-w-xs break-words">{c.reason || <span className="text-muted-foreground">None given</span>}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
