import Link from 'next/link';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { CourierStatusValue } from '@/lib/delivery/couriers-admin/labels';
import { cn } from '@/lib/utils/cn';
import { CourierStatusBadge } from './courier-status-badge';

export type CourierRowView = {
  id: string;
  href: string;
  name: string;
  email: string;
  phone: string | null;
  vehicle: string;
  status: CourierStatusValue;
  isActive: boolean;
  lastSeenAt: Date | null;
  rating: string;
  deliveriesDone: number;
  openDeliveries: number;
  /** Formatted in the courier's currency. */
  earnings: string;
  fee: string;
  cashBalance: string;
  holdsCash: boolean;
};

/** One page of couriers; the name links to the courier's page. */
export function CouriersTable({ rows, timeZone }: { rows: CourierRowView[]; timeZone: string }) {
  return (
    <div className="rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Courier</TableHead>
            <TableHead className="hidden sm:table-cell">Status</TableHead>
            <TableHead className="hidden lg:table-cell">Last seen</TableHead>
            <TableHead className="hidden md:table-cell">Rating</TableHead>
            <TableHead className="text-right">Delivered</TableHead>
            <TableHead className="hidden text-right lg:table-cell">Earnings</TableHead>
            <TableHead className="hidden text-right xl:table-cell">Fee</TableHead>
            <TableHead className="text-right">Cash held</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="max-w-64 align-top">
                <div className="flex min-w-0 flex-col gap-0.5">
                  <Link href={row.href} className="truncate font-medium underline-offset-4 hover:underline">
                    {row.name}
                  </Link>
                  <span className="truncate text-xs text-muted-foreground">{row.email}</span>
                  <span className="text-xs text-muted-foreground">
                    {row.phone ?? 'No phone'} · {row.vehicle}
                  </span>
                  <CourierStatusBadge status={row.status} isActive={row.isActive} className="mt-1 sm:hidden" />
                </div>
              </TableCell>
              <TableCell className="hidden align-top sm:table-cell">
                <CourierStatusBadge status={row.status} isActive={row.isActive} />
                {row.openDeliveries > 0 && (
                  <p className="mt-1 text-xs text-muted-foreground">
                    {row.openDeliveries} open {row.openDeliveries === 1 ? 'delivery' : 'deliveries'}
                  </p>
                )}
              </TableCell>
              <TableCell className="hidden align-top text-muted-foreground lg:table-cell">
                <DateTime value={row.lastSeenAt} timeZone={timeZone} />
              </TableCell>
              <TableCell className="hidden align-top md:table-cell">{row.rating}</TableCell>
              <TableCell className="text-right align-top tabular-nums">{row.deliveriesDone}</TableCell>
              <TableCell className="hidden text-right align-top tabular-nums lg:table-cell">{row.earnings}</TableCell>
              <TableCell className="hidden text-right align-top tabular-nums xl:table-cell">{row.fee}</TableCell>
              <TableCell className={cn('text-right align-top tabular-nums', row.holdsCash && 'font-semibold')}>{row.cashBalance}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
