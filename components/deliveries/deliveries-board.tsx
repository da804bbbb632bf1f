import Link from 'next/link';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatDuration } from '@/lib/delivery/deliveries-admin/format';
import type { DeliveryListRow } from '@/lib/delivery/deliveries-admin/list-deliveries';
import { formatDistance } from '@/lib/delivery/deliveries/geo';
import { cn } from '@/lib/utils/cn';
import { DeliveryStatusBadge, LateBadge } from './delivery-status-badge';

type Props = {
  rows: DeliveryListRow[];
  /** `/dashboard/<org>`: rows link to its deliveries and orders. */
  dashboardPath: string;
  timeZone: string;
  money: (minor: number, currency: string) => string;
};

const lateAccent = 'border-l-4 border-l-destructive';

/** One page of deliveries: a table on wide screens, cards on phones. Late ones carry a badge and a red edge. */
export function DeliveriesBoard(props: Props) {
  return (
    <>
      <BoardTable {...props} />
      <ul className="flex flex-col gap-3 md:hidden" aria-label="Deliveries">
        {props.rows.map((row) => (
          <BoardCard key={row.id} row={row} {...props} />
        ))}
      </ul>
    </>
  );
}

function BoardTable({ rows, dashboardPath, timeZone, money }: Props) {
  return (
    <div className="hidden rounded-lg border md:block">
      <Table>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Delivery</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Courier</TableHead>
            <TableHead>Recipient</TableHead>
            <TableHead className="text-right">Distance</TableHead>
            <TableHead className="text-right">Age</TableHead>
            <TableHead className="hidden xl:table-cell">Expected</TableHead>
            <TableHead className="text-right">Cash to collect</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} className={cn(row.isLate && 'bg-destructive/5')}>
              <TableCell className={cn('align-top', row.isLate && lateAccent)}>
                <div className="flex flex-col gap-0.5">
                  <Link href={`${dashboardPath}/deliveries/${row.id}`} className="font-medium tabular-nums underline-offset-4 hover:underline">
                    {row.trackingNumber}
                  </Link>
                  <Link href={`${dashboardPath}/orders/${row.orderId}`} className="w-fit text-xs text-muted-foreground tabular-nums underline-offset-4 hover:underline">
                    Order #{row.orderNumber}
                  </Link>
                </div>
              </TableCell>
              <TableCell className="align-top">
                <StatusCell row={row} />
              </TableCell>
              <TableCell className="align-top">{row.courierName ?? <span className="text-muted-foreground">Not assigned</span>}</TableCell>
              <TableCell className="max-w-56 align-top">
                <div className="flex min-w-0 flex-col">
                  <span className="truncate">{row.recipientName}</span>
                  <span className="truncate text-xs text-muted-foreground">{[row.recipientCity, row.zoneName].filter(Boolean).join(' · ')}</span>
                </div>
              </TableCell>
              <TableCell className="text-right align-top tabular-nums">{formatDistance(row.distanceKm)}</TableCell>
              <TableCell className="text-right align-top tabular-nums">{formatDuration(row.ageMinutes)}</TableCell>
              <TableCell className="hidden align-top text-muted-foreground xl:table-cell">
                <DateTime value={row.estimatedDeliveryAt} timeZone={timeZone} fallback="No estimate" />
              </TableCell>
              <TableCell className="text-right align-top tabular-nums">{row.codAmount > 0 ? money(row.codAmount, row.currency) : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function StatusCell({ row }: { row: DeliveryListRow }) {
  return (
    <div className="flex flex-col items-start gap-1">
      <DeliveryStatusBadge status={row.status} />
      {row.lateByMinutes !== null && <LateBadge lateByMinutes={row.lateByMinutes} />}
      {row.failedAttempts > 0 && (
        <span className="text-xs text-muted-foreground">
          {row.failedAttempts} failed {row.failedAttempts === 1 ? 'attempt' : 'attempts'}
        </span>
      )}
    </div>
  );
}

function BoardCard({ row, dashboardPath, money }: Props & { row: DeliveryListRow }) {
  return (
    <li className={cn('flex flex-col gap-2 rounded-lg border p-4 text-sm', row.isLate && cn(lateAccent, 'bg-destructive/5'))}>
      <div className="flex items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-0.5">
          <Link href={`${dashboardPath}/deliveries/${row.id}`} className="font-medium tabular-nums underline-offset-4 hover:underline">
            {row.trackingNumber}
          </Link>
          <Link href={`${dashboardPath}/orders/${row.orderId}`} className="w-fit text-xs text-muted-foreground tabular-nums underline-offset-4 hover:underline">
            Order #{row.orderNumber}
          </Link>
        </div>
        <StatusCell row={row} />
      </div>
      <p className="min-w-0 truncate">
        {row.recipientName} <span className="text-muted-foreground">· {[row.recipientCity, row.zoneName].filter(Boolean).join(' · ')}</span>
      </p>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-xs">
        <dt className="text-muted-foreground">Courier</dt>
        <dd>{row.courierName ?? 'Not assigned'}</dd>
        <dt className="text-muted-foreground">Distance</dt>
        <dd className="tabular-nums">{formatDistance(row.distanceKm)}</dd>
        <dt className="text-muted-foreground">Age</dt>
        <dd className="tabular-nums">{formatDuration(row.ageMinutes)}</dd>
        {row.codAmount > 0 && (
          <>
            <dt className="text-muted-foreground">Cash to collect</dt>
            <dd className="tabular-nums">{money(row.codAmount, row.currency)}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
