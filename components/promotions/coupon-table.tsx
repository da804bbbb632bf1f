import Link from 'next/link';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { CouponListRow } from '@/lib/promotions/coupons/list-coupons';
import { describeCouponValue, describeUsage } from './coupon-format';
import { CouponStatusBadge } from './coupon-status-badge';

type Props = { slug: string; rows: CouponListRow[]; locale: string; timeZone: string };

/** Coupons with their discount, usage, validity window and status; the code opens the coupon. */
export function CouponTable({ slug, rows, locale, timeZone }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Code</TableHead>
            <TableHead>Discount</TableHead>
            <TableHead className="text-right">Used</TableHead>
            <TableHead>Valid</TableHead>
            <TableHead>Status</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((c) => (
            <TableRow key={c.id}>
              <TableCell>
                <Link href={`/dashboard/${slug}/coupons/${c.id}`} className="font-mono font-medium hover:underline">
                  {c.code}
                </Link>
                <div className="text-sm text-muted-foreground">{c.name}</div>
              </TableCell>
              <TableCell className="text-sm">{describeCouponValue(c, locale)}</TableCell>
              <TableCell className="text-right tabular-nums">{describeUsage(c)}</TableCell>
              <TableCell className="text-sm">
                <DateTime value={c.startsAt} timeZone={timeZone} dateOnly fallback="Now" /> – <DateTime value={c.endsAt} timeZone={timeZone} dateOnly fallback="no end" />
              </TableCell>
              <TableCell>
                <CouponStatusBadge status={c.status} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
