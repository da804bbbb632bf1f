import Link from 'next/link';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { invertRate } from '@/lib/currency/rate-math';
import type { LatestRate } from '@/lib/currency/latest-rates';
import { changeBps, formatChange, shortRate } from './rate-format';

/** The latest rate of every pair, its change from the day before it, and a link to its history. */
export function LatestRatesTable({ rows }: { rows: LatestRate[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Pair</TableHead>
          <TableHead scope="col" className="text-right">
            Rate
          </TableHead>
          <TableHead scope="col" className="hidden text-right sm:table-cell">
            Inverse
          </TableHead>
          <TableHead scope="col" className="text-right">
            Change
          </TableHead>
          <TableHead scope="col">Effective on</TableHead>
          <TableHead scope="col" className="hidden md:table-cell">
            Source
          </TableHead>
          <TableHead scope="col" className="hidden text-right md:table-cell">
            Days kept
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const change = changeBps(row.rate, row.previousRate);
          return (
            <TableRow key={`${row.base}-${row.quote}`}>
              <TableCell className="font-medium">
                <Link href={`/admin/exchange-rates?base=${row.base}&quote=${row.quote}#history`} className="rounded-sm hover:underline">
                  {row.base} → {row.quote}
                  <span className="sr-only">, show history</span>
                </Link>
              </TableCell>
              <TableCell className="text-right tabular-nums">{shortRate(row.rate)}</TableCell>
              <TableCell className="hidden text-right tabular-nums text-muted-foreground sm:table-cell">{invertRate(row.rate)}</TableCell>
              <TableCell className="text-right tabular-nums">
                {change === null ? <span className="text-muted-foreground">—</span> : formatChange(change)}
              </TableCell>
              <TableCell className="tabular-nums">{row.effectiveOn}</TableCell>
              <TableCell className="hidden md:table-cell">{row.source === 'csv' ? 'CSV import' : 'Manual'}</TableCell>
              <TableCell className="hidden text-right tabular-nums md:table-cell">{row.days}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
