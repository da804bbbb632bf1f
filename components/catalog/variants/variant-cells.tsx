import { Badge } from '@/components/ui/badge';
import { formatMoney } from '@/lib/money/money';
import type { VariantView } from './types';

/** What a shopper pays, and where it comes from (own price, adjustment, or the product's). */
export function VariantPriceCell({ variant, currency, locale }: { variant: VariantView; currency: string; locale: string }) {
  const source =
    variant.price !== null
      ? 'Own price'
      : variant.priceAdjustment !== 0
        ? `${variant.priceAdjustment > 0 ? '+' : '−'}${formatMoney(Math.abs(variant.priceAdjustment), currency, locale)} on product`
        : 'Product price';
  return (
    <div className="flex flex-col">
      <span className="font-medium tabular-nums">{formatMoney(variant.effectivePrice, currency, locale)}</span>
      <span className="text-xs text-muted-foreground">{source}</span>
    </div>
  );
}

/** Read-only stock per warehouse; the Stock tab changes it. */
export function VariantStockCell({ stock }: { stock: NonNullable<VariantView['stock']> }) {
  if (stock.length === 0) return <span className="text-muted-foreground">None</span>;
  return (
    <ul className="flex flex-col gap-0.5 text-xs">
      {stock.map((s) => (
        <li key={s.warehouseId} className="whitespace-nowrap">
          <span className="text-muted-foreground">{s.warehouseName}:</span> <span className="tabular-nums">{s.available}</span>
          {s.reserved > 0 && <span className="text-muted-foreground"> ({s.reserved} reserved)</span>}
        </li>
      ))}
    </ul>
  );
}

export function VariantNameCell({ variant }: { variant: VariantView }) {
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <span className="font-medium">{variant.name}</span>
      {variant.isDefault && <Badge variant="outline">Default</Badge>}
      {!variant.isActive && <Badge variant="secondary">Inactive</Badge>}
    </div>
  );
}
