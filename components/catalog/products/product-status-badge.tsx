import { Badge } from '@/components/ui/badge';
import { PRODUCT_STATUS_LABELS, STOCK_STATE_LABELS, type ProductStatusValue, type StockState } from '@/lib/catalog/products/labels';

const STATUS_VARIANTS = {
  draft: 'secondary',
  active: 'success',
  inactive: 'outline',
  out_of_stock: 'warning',
  discontinued: 'destructive',
} as const satisfies Record<ProductStatusValue, string>;

/** A product's status, coloured the same wherever it shows. */
export function ProductStatusBadge({ status, className }: { status: ProductStatusValue; className?: string }) {
  return (
    <Badge variant={STATUS_VARIANTS[status]} className={className}>
      {PRODUCT_STATUS_LABELS[status]}
    </Badge>
  );
}

/** "Low stock" / "Out of stock"; nothing when there is enough. */
export function StockBadge({ state }: { state: StockState }) {
  if (state === 'in_stock') return null;
  return <Badge variant={state === 'out' ? 'destructive' : 'warning'}>{STOCK_STATE_LABELS[state]}</Badge>;
}
