import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { cn } from '@/lib/utils/cn';

export type CashBalanceRowView = {
  courierId: string;
  href: string;
  name: string;
  isActive: boolean;
  isCourierMember: boolean;
  collected: string;
  handedIn: string;
  balance: string;
  holdsCash: boolean;
};

/** Every courier's cash: collected at the door, handed in, and still held. */
export function CashBalancesTable({ rows, totals }: { rows: CashBalanceRowView[]; totals: { collected: string; handedIn: string; balance: string } }) {
  return (
    <div className="rounded-lg border">
      <Table>
        <caption className="sr-only">Cash per courier</caption>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Courier</TableHead>
            <TableHead className="text-right">Collected</TableHead>
            <TableHead className="text-right">Handed in</TableHead>
            <TableHead className="text-right">Still held</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.courierId}>
              <TableCell className="max-w-64">
                <div className="flex min-w-0 flex-wrap items-center gap-2">
                  <Link href={row.href} className="truncate font-medium underline-offset-4 hover:underline">
                    {row.name}
                  </Link>
                  {!row.isCourierMember ? <Badge variant="outline">No longer a courier</Badge> : !row.isActive && <Badge variant="secondary">Inactive</Badge>}
                </div>
              </TableCell>
              <TableCell className="text-right tabular-nums">{row.collected}</TableCell>
              <TableCell className="text-right tabular-nums">{row.handedIn}</TableCell>
              <TableCell className={cn('text-right tabular-nums', row.holdsCash && 'font-semibold')}>{row.balance}</TableCell>
            </TableRow>
          ))}
          <TableRow className="bg-muted/40 hover:bg-muted/40">
            <TableHead scope="row" className="text-foreground">
              Total
            </TableHead>
            <TableCell className="text-right font-medium tabular-nums">{totals.collected}</TableCell>
            <TableCell className="text-right font-medium tabular-nums">{totals.handedIn}</TableCell>
            <TableCell className="text-right font-semibold tabular-nums">{totals.balance}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
