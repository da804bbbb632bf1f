import Link from 'next/link';
import { Receipt } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { RedemptionRow } from '@/lib/promotions/coupons/list-coupon-redemptions';
import { formatMoney } from '@/lib/money/money';

type Props = { slug: string; rows: RedemptionRow[]; locale: string; timeZone: string };

/** Each use of a coupon: the order, who, how much it took off, when; uses given back on cancellation are marked. */
export function RedemptionsTable({ slug, rows, locale, timeZone }: Props) {
  if (rows.length === 0) return <EmptyState as="h3" icon={Receipt} title="Not used yet" description="Orders that use this code will be listed here." />;
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Order</TableHead>
            <TableHead>Customer</TableHead>
            <TableHead className="text-right">Discount</TableHead>
            <TableHead>Date</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableCell>
                <Link href={`/dashboard/${slug}/orders/${r.orderId}`} className="font-mono font-medium hover:underline">
                  {r.orderNumber}
                </Link>{' '}
                {r.voidedAt && (
                  <Badge variant="secondary" title="The order was cancelled before payment; the use was given back.">
                    Voided
                  </Badge>
                )}
              </TableCell>
              <TableCell className="break-all">{r.email}</TableCell>
              <TableCell className={r.voidedAt ? 'text-right tabular-nums text-muted-foreground line-through' : 'text-right tabular-nums'}>
                {formatMoney(r.discountAmount, r.currency, locale)}
              </TableCell>
              <TableCell>
                <DateTime value={r.createdAt} timeZone={timeZone} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
