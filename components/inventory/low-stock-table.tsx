import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { LowStockRow } from '@/lib/inventory/stock/list-low-stock';

const n = (v: number) => v.toLocaleString('en');

/** What is running low, most short first, and which rule put it here. */
export function LowStockTable({ slug, rows }: { slug: string; rows: LowStockRow[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Product</TableHead>
          <TableHead>SKU</TableHead>
          <TableHead>Where</TableHead>
          <TableHead className="text-right">Available</TableHead>
          <TableHead className="text-right">Limit</TableHead>
          <TableHead className="text-right">Short by</TableHead>
          <TableHead>Rule</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableCell className="min-w-48">
              <Link href={`/dashboard/${slug}/products/${r.productId}/stock`} className="font-medium underline-offset-4 hover:underline">
                {r.productName}
              </Link>
              {r.variantName && <span className="block text-xs text-muted-foreground">{r.variantName}</span>}
            </TableCell>
            <TableCell className="font-mono text-xs">{r.sku ?? '—'}</TableCell>
            <TableCell className="whitespace-nowrap">{r.warehouseName ?? <span className="text-muted-foreground">All warehouses</span>}</TableCell>
            <TableCell className="text-right font-medium tabular-nums">{n(r.available)}</TableCell>
            <TableCell className="text-right tabular-nums">{n(r.limit)}</TableCell>
            <TableCell className="text-right tabular-nums">{n(r.shortfall)}</TableCell>
            <TableCell>
              {r.rule === 'level' ? (
                <Badge variant="warning">At or under reorder level</Badge>
              ) : (
                <Badge variant="secondary">Under product threshold</Badge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
