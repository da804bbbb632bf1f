import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ProductStock } from '@/lib/inventory/stock/get-product-stock';
import { StockActionsMenu } from './stock-actions-menu';
import { StockStatusBadge } from './stock-status-badge';
import type { StockTarget } from './types';

type Props = { slug: string; stock: ProductStock; canAdjust: boolean };

const n = (v: number) => v.toLocaleString('en');

/**
 * Variants down, warehouses across: available units in each cell, with on-hand/reserved and the
 * reorder level underneath, then the variant's totals and its stock actions.
 */
export function ProductStockMatrix({ slug, stock, canAdjust }: Props) {
  const { product, warehouses, variants } = stock;
  const options = warehouses.map(({ id, name, isActive }) => ({ id, name, isActive }));
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Variant</TableHead>
          {warehouses.map((w) => (
            <TableHead key={w.id} className="text-right">
              {w.name}
              {w.isDefault && <span className="sr-only"> (default)</span>}
              {!w.isActive && <span className="font-normal"> (inactive)</span>}
            </TableHead>
          ))}
          <TableHead className="text-right">Total available</TableHead>
          {canAdjust && (
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {variants.map((v) => {
          const target: StockTarget = {
            variantId: v.id,
            label: `${product.name} · ${v.name}`,
            allowBackorder: product.allowBackorder,
            stock: Object.fromEntries(warehouses.map((w, i) => [w.id, v.cells[i]])),
          };
          return (
            <TableRow key={v.id}>
              <TableCell className="min-w-36">
                <span className="font-medium">{v.name}</span>
                {!v.isActive && (
                  <Badge variant="outline" className="ml-2">
                    Inactive
                  </Badge>
                )}
                {v.sku && <span className="block font-mono text-xs text-muted-foreground">{v.sku}</span>}
              </TableCell>
              {v.cells.map((c, i) => (
                <TableCell key={warehouses[i]!.id} className="text-right tabular-nums">
                  <span className="inline-flex items-center gap-2">
                    {c.exists && <StockStatusBadge available={c.available} reorderLevel={c.reorderLevel} />}
                    <span className={c.exists ? 'font-medium' : 'text-muted-foreground'}>{n(c.available)}</span>
                  </span>
                  <span className="block text-xs whitespace-nowrap text-muted-foreground">
                    {n(c.quantity)} on hand{c.reserved > 0 && ` · ${n(c.reserved)} reserved`}
                    {c.reorderLevel > 0 && ` · reorder at ${n(c.reorderLevel)}`}
                    {c.maxLevel !== null && ` · max ${n(c.maxLevel)}`}
                  </span>
                </TableCell>
              ))}
              <TableCell className="text-right font-semibold tabular-nums">{n(v.total.available)}</TableCell>
              {canAdjust && (
                <TableCell className="w-12 text-right">
                  <StockActionsMenu slug={slug} label={v.name} target={target} warehouses={options} />
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
