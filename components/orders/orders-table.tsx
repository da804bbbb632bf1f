import Link from 'next/link';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { OrderPaymentStatusValue, PaymentMethodValue } from '@/lib/orders/labels';
import { PAYMENT_METHOD_LABELS } from '@/lib/orders/labels';
import type { OrderStatusValue } from '@/lib/orders/transitions';
import { OrderStatusBadge, PaymentStatusBadge } from './order-status-badge';

export type OrderRowView = {
  id: string;
  href: string;
  number: string;
  placedAt: Date;
  customerName: string;
  email: string;
  status: OrderStatusValue;
  paymentStatus: OrderPaymentStatusValue;
  paymentMethod: PaymentMethodValue;
  /** Formatted in the order's currency. */
  total: string;
  itemCount: number;
};

/** One page of orders; the number links to the order page. */
export function OrdersTable({ rows, timeZone }: { rows: OrderRowView[]; timeZone: string }) {
  return (
    <div className="rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Order</TableHead>
            <TableHead className="hidden md:table-cell">Placed</TableHead>
            <TableHead>Customer</TableHead>
            <TableHead className="hidden sm:table-cell">Status</TableHead>
            <TableHead className="hidden sm:table-cell">Payment</TableHead>
            <TableHead className="hidden lg:table-cell">Method</TableHead>
            <TableHead className="text-right">Total</TableHead>
            <TableHead className="hidden text-right md:table-cell">Items</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="align-top">
                <div className="flex flex-col gap-1">
                  <Link href={row.href} className="font-medium tabular-nums underline-offset-4 hover:underline">
                    <span className="sr-only">Order </span>#{row.number}
                  </Link>
                  {/* Phones: what the hidden columns would say. */}
                  <span className="flex flex-wrap gap-1 sm:hidden">
                    <OrderStatusBadge status={row.status} />
                    <PaymentStatusBadge status={row.paymentStatus} />
                  </span>
                  <DateTime value={row.placedAt} timeZone={timeZone} className="text-xs text-muted-foreground md:hidden" />
                </div>
              </TableCell>
              <TableCell className="hidden align-top text-muted-foreground md:table-cell">
                <DateTime value={row.placedAt} timeZone={timeZone} />
              </TableCell>
              <TableCell className="max-w-56 align-top">
                <div className="flex min-w-0 flex-col">
                  <span className="truncate">{row.customerName}</span>
                  <span className="truncate text-xs text-muted-foreground">{row.email}</span>
                </div>
              </TableCell>
              <TableCell className="hidden align-top sm:table-cell">
                <OrderStatusBadge status={row.status} />
              </TableCell>
              <TableCell className="hidden align-top sm:table-cell">
                <PaymentStatusBadge status={row.paymentStatus} />
              </TableCell>
              <TableCell className="hidden align-top text-muted-foreground lg:table-cell">{PAYMENT_METHOD_LABELS[row.paymentMethod]}</TableCell>
              <TableCell className="text-right align-top tabular-nums">{row.total}</TableCell>
              <TableCell className="hidden text-right align-top tabular-nums md:table-cell">{row.itemCount}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
