import Link from 'next/link';
import { ArrowDownLeft, ArrowUpRight } from 'lucide-react';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';

export type CashLedgerRowView = {
  id: string;
  kind: 'collected' | 'handin';
  at: Date;
  /** "+$12.00" / "−$20.00". */
  amount: string;
  balanceAfter: string;
  trackingNumber: string | null;
  orderNumber: string | null;
  orderHref: string | null;
  note: string | null;
  receivedByName: string | null;
};

/** A courier's cash entries, newest first, each with the balance it left. */
export function CashLedgerTable({ rows, timeZone }: { rows: CashLedgerRowView[]; timeZone: string }) {
  return (
    <div className="rounded-lg border">
      <Table>
        <caption className="sr-only">Cash collected and handed in, newest first, with the balance after each entry</caption>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Entry</TableHead>
            <TableHead className="hidden sm:table-cell">When</TableHead>
            <TableHead className="text-right">Amount</TableHead>
            <TableHead className="text-right">Balance after</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="align-top">
                <div className="flex min-w-0 flex-col gap-0.5">
                  <span className="inline-flex items-center gap-1.5 font-medium">
                    {row.kind === 'collected' ? (
                      <ArrowDownLeft aria-hidden="true" className="size-4 text-muted-foreground" />
                    ) : (
                      <ArrowUpRight aria-hidden="true" className="size-4 text-muted-foreground" />
                    )}
                    {row.kind === 'collected' ? 'Collected at the door' : 'Handed in'}
                  </span>
                  {row.kind === 'collected' ? (
                    <span className="text-xs text-muted-foreground">
                      <span className="font-mono">{row.trackingNumber}</span>
                      {row.orderNumber && (
                        <>
                          {' · '}
                          {row.orderHref ? (
                            <Link href={row.orderHref} className="underline-offset-4 hover:underline">
                              Order #{row.orderNumber}
                            </Link>
                          ) : (
                            <>Order #{row.orderNumber}</>
                          )}
                        </>
                      )}
                    </span>
                  ) : (
                    <span className="text-xs text-muted-foreground">
                      {[row.receivedByName && `Received by ${row.receivedByName}`, row.note].filter(Boolean).join(' · ') || 'No note'}
                    </span>
                  )}
                  <DateTime value={row.at} timeZone={timeZone} className="text-xs text-muted-foreground sm:hidden" />
                </div>
              </TableCell>
              <TableCell className="hidden align-top text-muted-foreground sm:table-cell">
                <DateTime value={row.at} timeZone={timeZone} />
              </TableCell>
              <TableCell className="text-right align-top tabular-nums">{row.amount}</TableCell>
              <TableCell className="text-right align-top font-medium tabular-nums">{row.balanceAfter}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
