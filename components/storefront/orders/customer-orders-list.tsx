import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatMoney } from '@/lib/money/money';
import type { CustomerOrderRow } from '@/lib/storefront/orders/list-customer-orders';
import { shopperStatusLabel } from '@/lib/storefront/orders/shopper-labels';

type Props = { rows: CustomerOrderRow[]; locale: string; timeZone: string };

const href = (number: string) => `/account/orders/${encodeURIComponent(number)}`;
const units = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

function StatusBadge({ row }: { row: CustomerOrderRow }) {
  const variant = row.status === 'cancelled' ? 'destructive' : row.status === 'delivered' ? 'success' : 'secondary';
  return <Badge variant={variant}>{shopperStatusLabel(row.status, row.fulfilmentMethod)}</Badge>;
}

/** The shopper's orders: cards on a phone, a table from `sm` up. */
export function CustomerOrdersList({ rows, locale, timeZone }: Props) {
  return (
    <>
      <ul className="flex flex-col gap-3 sm:hidden">
        {rows.map((row) => (
          <li key={row.number}>
            <Link href={href(row.number)} className="flex flex-col gap-2 rounded-lg border p-4 hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring">
              <span className="flex items-center justify-between gap-2">
                <span className="font-semibold">Order {row.number}</span>
                <StatusBadge row={row} />
              </span>
              <span className="flex items-center justify-between gap-2 text-sm text-muted-foreground">
                <DateTime value={row.createdAt} timeZone={timeZone} dateOnly />
                <span>
                  {units(row.itemCount)} · <span className="font-medium text-foreground">{formatMoney(row.total, row.currency, locale)}</span>
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Order</TableHead>
              <TableHead>Date</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="text-right">Items</TableHead>
              <TableHead className="text-right">Total</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.number}>
                <TableCell>
                  <Link href={href(row.number)} className="font-medium text-primary underline-offset-4 hover:underline">
                    {row.number}
                  </Link>
                </TableCell>
                <TableCell>
                  <DateTime value={row.createdAt} timeZone={timeZone} dateOnly />
                </TableCell>
                <TableCell>
                  <StatusBadge row={row} />
                </TableCell>
                <TableCell className="text-right tabular-nums">{row.itemCount}</TableCell>
                <TableCell className="text-right tabular-nums">{formatMoney(row.total, row.currency, locale)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
