import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatReason, MOVEMENT_TYPE_LABELS, signed } from '@/lib/inventory/labels';
import type { MovementRow } from '@/lib/inventory/stock/list-movements';
import { displayName } from '@/lib/utils/names';
import { cn } from '@/lib/utils/cn';

type Props = {
  slug: string;
  rows: MovementRow[];
  timeZone: string;
  /** Leave out the product column (on a product's own Stock tab). */
  showProduct?: boolean;
};

const TYPE_VARIANTS = { in: 'success', out: 'destructive', adjustment: 'secondary', transfer: 'outline' } as const;

/** The inventory ledger: when, what, where, how many (signed) and what was left, why, and who. */
export function MovementsTable({ slug, rows, timeZone, showProduct = true }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          {showProduct && <TableHead>Product</TableHead>}
          {!showProduct && <TableHead>Variant</TableHead>}
          <TableHead>Type</TableHead>
          <TableHead>Warehouse</TableHead>
          <TableHead className="text-right">Change</TableHead>
          <TableHead className="text-right">After</TableHead>
          <TableHead>Reason and reference</TableHead>
          <TableHead>By</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((m) => (
          <TableRow key={m.id}>
            <TableCell>
              <DateTime value={m.createdAt} timeZone={timeZone} />
            </TableCell>
            {showProduct ? (
              <TableCell className="min-w-44">
                <Link href={`/dashboard/${slug}/products/${m.productId}/stock`} className="font-medium underline-offset-4 hover:underline">
                  {m.productName}
                </Link>
                <span className="block text-xs text-muted-foreground">
                  {m.variantName}
                  {m.sku && ` · ${m.sku}`}
                </span>
              </TableCell>
            ) : (
              <TableCell>
                {m.variantName}
                {m.sku && <span className="block font-mono text-xs text-muted-foreground">{m.sku}</span>}
              </TableCell>
            )}
            <TableCell>
              <Badge variant={TYPE_VARIANTS[m.type]}>{MOVEMENT_TYPE_LABELS[m.type]}</Badge>
            </TableCell>
            <TableCell className="min-w-36">
              {m.warehouseName}
              {m.counterpartName && (
                <span className="block text-xs text-muted-foreground">
                  {m.quantity < 0 ? 'to' : 'from'} {m.counterpartName}
                </span>
              )}
            </TableCell>
            <TableCell className={cn('text-right font-medium tabular-nums', m.quantity < 0 ? 'text-destructive' : 'text-success')}>{signed(m.quantity)}</TableCell>
            <TableCell className="text-right tabular-nums">{m.quantityAfter.toLocaleString('en')}</TableCell>
            <TableCell className="min-w-40">
              {formatReason(m.reason) ?? <span className="text-muted-foreground">—</span>}
              {m.reference && <span className="block text-xs text-muted-foreground">Ref. {m.reference}</span>}
            </TableCell>
            <TableCell className="min-w-32">
              {m.actorEmail ? displayName({ name: m.actorName, email: m.actorEmail }) : <span className="text-muted-foreground">System</span>}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
