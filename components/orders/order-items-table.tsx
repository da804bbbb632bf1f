import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { OrderDetail } from '@/lib/orders/get-order';

type Totals = OrderDetail['totals'];

/** The order's lines and totals as frozen at checkout; `money` formats minor units in the order's currency. */
export function OrderItemsTable({ items, totals, money }: { items: OrderDetail['items']; totals: Totals; money: (minor: number) => string }) {
  const rows: [string, string, boolean?][] = [
    ['Subtotal', money(totals.subtotal)],
    ...(totals.discount ? ([['Discount', money(-totals.discount)]] as [string, string][]) : []),
    [totals.pricesIncludeTax ? 'Tax (included in prices)' : 'Tax', money(totals.tax)],
    ['Shipping', totals.shipping ? money(totals.shipping) : 'Free'],
    ['Total', money(totals.total), true],
  ];
  return (
    <div className="flex flex-col gap-4">
      <div className="rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>Item</TableHead>
              <TableHead className="text-right">Qty</TableHead>
              <TableHead className="hidden text-right sm:table-cell">Unit price</TableHead>
              <TableHead className="hidden text-right md:table-cell">Discount</TableHead>
              <TableHead className="hidden text-right md:table-cell">Tax</TableHead>
              <TableHead className="text-right">Total</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableCell className="min-w-40 align-top">
                  <div className="flex flex-col gap-0.5">
                    <span className="font-medium break-words">{item.productName}</span>
                    {item.variantName && <span className="text-xs text-muted-foreground">{item.variantName}</span>}
                    {item.sku && <span className="text-xs text-muted-foreground">SKU {item.sku}</span>}
                  </div>
                </TableCell>
                <TableCell className="text-right align-top tabular-nums">{item.quantity}</TableCell>
                <TableCell className="hidden text-right align-top tabular-nums sm:table-cell">{money(item.unitPrice)}</TableCell>
                <TableCell className="hidden text-right align-top tabular-nums md:table-cell">{item.discountAmount ? money(-item.discountAmount) : '—'}</TableCell>
                <TableCell className="hidden text-right align-top tabular-nums md:table-cell">{money(item.taxAmount)}</TableCell>
                <TableCell className="text-right align-top tabular-nums">{money(item.total)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <dl className="ml-auto grid w-full max-w-xs grid-cols-[1fr_auto] gap-x-6 gap-y-1.5 text-sm">
        {rows.map(([label, value, strong]) => (
          <div key={label} className="contents">
            <dt className={strong ? 'font-semibold' : 'text-muted-foreground'}>{label}</dt>
            <dd className={strong ? 'text-right font-semibold tabular-nums' : 'text-right tabular-nums'}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
