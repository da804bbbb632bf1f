import type { QuoteSnapshot } from '@/lib/checkout/quote-checkout';
import { formatMoney } from '@/lib/money/money';
import { cn } from '@/lib/utils/cn';

type Props = {
  /** A quote's or a placed order's frozen snapshot: the only source of every amount shown. */
  snapshot: QuoteSnapshot;
  locale?: string;
  /** Items listed above the totals. */
  showLines?: boolean;
  /** What the shipping row says before a delivery option is priced. */
  shippingPending?: string;
  className?: string;
};

/** Lines and totals as the server priced them (never computed in the browser). */
export function PriceSummary({ snapshot, locale, showLines = true, shippingPending = 'Chosen at the delivery step', className }: Props) {
  const money = (minor: number) => formatMoney(minor, snapshot.currency, locale);
  const shipping = snapshot.delivery === null ? shippingPending : snapshot.shipping === 0 ? 'Free' : money(snapshot.shipping);
  return (
    <div className={cn('flex flex-col gap-4 text-sm', className)}>
      {showLines && (
        <ul className="flex flex-col gap-3" aria-label="Items">
          {snapshot.lines.map((line) => (
            <li key={line.variantId} className="flex items-start justify-between gap-4">
              <div className="min-w-0">
                <p className="font-medium break-words">{line.name}</p>
                {line.variantName && line.variantName !== 'Default' && <p className="text-muted-foreground">{line.variantName}</p>}
                <p className="text-muted-foreground">
                  {line.quantity} × {money(line.unitPrice)}
                </p>
              </div>
              <p className="shrink-0 tabular-nums">{money(line.subtotal)}</p>
            </li>
          ))}
        </ul>
      )}
      <dl className="flex flex-col gap-2 border-t pt-4">
        <Row label="Subtotal" value={money(snapshot.subtotal)} />
        {snapshot.discount > 0 && (
          <Row label={snapshot.coupon ? `Discount (${snapshot.coupon.code})` : 'Discount'} value={`−${money(snapshot.discount)}`} className="text-success" />
        )}
        <Row label={snapshot.delivery?.method === 'pickup' ? 'Pick-up' : 'Shipping'} value={shipping} />
        <Row label={snapshot.pricesIncludeTax ? 'Tax (included in prices)' : 'Tax'} value={money(snapshot.tax)} />
        <Row label="Total" value={money(snapshot.total)} className="border-t pt-2 text-base font-semibold" />
      </dl>
    </div>
  );
}

function Row({ label, value, className }: { label: string; value: string; className?: string }) {
  return (
    <div className={cn('flex items-baseline justify-between gap-4', className)}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}
