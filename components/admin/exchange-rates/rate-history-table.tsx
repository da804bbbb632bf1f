import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { RateListRow } from '@/lib/currency/list-rates';
import { shortRate } from './rate-format';

/** One page of rate history: who entered each rate, and how. */
export function RateHistoryTable({ rows }: { rows: RateListRow[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Effective on</TableHead>
          <TableHead scope="col">Pair</TableHead>
          <TableHead scope="col" className="text-right">
            Rate
          </TableHead>
          <TableHead scope="col" className="hidden sm:table-cell">
            Source
          </TableHead>
          <TableHead scope="col" className="hidden md:table-cell">
            Entered by
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="tabular-nums">{row.effectiveOn}</TableCell>
            <TableCell>
              {row.base} → {row.quote}
            </TableCell>
            <TableCell className="text-right tabular-nums">{shortRate(row.rate)}</TableCell>
            <TableCell className="hidden sm:table-cell">{row.source === 'csv' ? 'CSV import' : 'Manual'}</TableCell>
            <TableCell className="hidden text-muted-foreground md:table-cell">{row.createdByEmail ?? 'Seed data'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
