import Link from 'next/link';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';

type Row = { organizationId: string; name: string; gmv: number; gmvText: string; orders: number };

/** The tenants with the most GMV, each with a bar beside its figure (the figure is the text; the bar is decoration). */
export function TopTenants({ rows, currency }: { rows: Row[]; currency: string }) {
  const max = Math.max(1, ...rows.map((r) => r.gmv));
  return (
    <Table>
      <caption className="sr-only">Top tenants by gross merchandise value over the last 30 days, in {currency}</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col" className="w-10">
            #
          </TableHead>
          <TableHead scope="col">Tenant</TableHead>
          <TableHead scope="col" className="hidden w-1/3 sm:table-cell">
            <span className="sr-only">Share of the top tenant</span>
          </TableHead>
          <TableHead scope="col" className="text-right">
            Orders
          </TableHead>
          <TableHead scope="col" className="text-right">
            GMV ({currency})
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={r.organizationId}>
            <TableCell className="tabular-nums text-muted-foreground">{i + 1}</TableCell>
            <TableCell className="font-medium">
              <Link href={`/admin/tenants/${r.organizationId}`} className="hover:underline">
                {r.name}
              </Link>
            </TableCell>
            <TableCell className="hidden sm:table-cell">
              <span aria-hidden="true" className="block h-2.5 overflow-hidden rounded-full bg-muted">
                <span className="block h-full rounded-full bg-primary" style={{ width: `${(r.gmv / max) * 100}%` }} />
              </span>
            </TableCell>
            <TableCell className="text-right tabular-nums">{r.orders}</TableCell>
            <TableCell className="text-right tabular-nums">{r.gmvText}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
