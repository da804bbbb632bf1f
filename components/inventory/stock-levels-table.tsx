import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { StockLevelRow } from '@/lib/inventory/stock/list-stock-levels';
import { StockActionsMenu } from './stock-actions-menu';
import { StockStatusBadge } from './stock-status-badge';
import { TransferButton } from './transfer-button';
import type { StockTarget, WarehouseOption } from './types';

type Props = {
  slug: string;
  rows: StockLevelRow[];
  warehouses: WarehouseOption[];
  /** Show the row actions: members with inventory.adjust. */
  canAdjust: boolean;
  /** The full menu (adjust, transfer, levels), or a single Transfer button (the transfer page). */
  actions?: 'menu' | 'transfer';
};

const n = (v: number) => v.toLocaleString('en');

/** Stock rows (a variant in a warehouse) with their figures and, for those who may, their actions. */
export function StockLevelsTable({ slug, rows, warehouses, canAdjust, actions = 'menu' }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Product</TableHead>
          <TableHead>SKU</TableHead>
          <TableHead>Warehouse</TableHead>
          <TableHead className="text-right">On hand</TableHead>
          <TableHead className="text-right">Reserved</TableHead>
          <TableHead className="text-right">Available</TableHead>
          <TableHead className="text-right">Reorder at</TableHead>
          <TableHead className="text-right">Max</TableHead>
          {canAdjust && (
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const label = `${row.productName} · ${row.variantName}`;
          const figures = { quantity: row.quantity, reserved: row.reserved, available: row.available, reorderLevel: row.reorderLevel, maxLevel: row.maxLevel };
          const target: StockTarget = { variantId: row.variantId, label, allowBackorder: row.allowBackorder, stock: { [row.warehouseId]: figures } };
          return (
            <TableRow key={row.id}>
              <TableCell className="min-w-48">
                <Link href={`/dashboard/${slug}/products/${row.productId}/stock`} className="font-medium underline-offset-4 hover:underline">
                  {row.productName}
                </Link>
                <span className="block text-xs text-muted-foreground">
                  {row.variantName}
                  {!row.variantActive && ' · inactive variant'}
                </span>
              </TableCell>
              <TableCell className="font-mono text-xs">{row.sku ?? '—'}</TableCell>
              <TableCell className="whitespace-nowrap">
                {row.warehouseName} {!row.warehouseActive && <Badge variant="outline">Inactive</Badge>}
              </TableCell>
              <TableCell className="text-right tabular-nums">{n(row.quantity)}</TableCell>
              <TableCell className="text-right tabular-nums">{n(row.reserved)}</TableCell>
              <TableCell className="text-right tabular-nums">
                <span className="inline-flex items-center gap-2">
                  <StockStatusBadge available={row.available} reorderLevel={row.reorderLevel} />
                  <span className="font-medium">{n(row.available)}</span>
                </span>
              </TableCell>
              <TableCell className="text-right tabular-nums">{row.reorderLevel > 0 ? n(row.reorderLevel) : '—'}</TableCell>
              <TableCell className="text-right tabular-nums">{row.maxLevel === null ? '—' : n(row.maxLevel)}</TableCell>
              {canAdjust && (
                <TableCell className="w-12 text-right">
                  {actions === 'transfer' ? (
                    <TransferButton slug={slug} label={`${label} from ${row.warehouseName}`} warehouseId={row.warehouseId} warehouses={warehouses} target={target} />
                  ) : (
                    <StockActionsMenu slug={slug} label={`${label} in ${row.warehouseName}`} warehouseId={row.warehouseId} warehouses={warehouses} target={target} />
                  )}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
