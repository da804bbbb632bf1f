import Link from 'next/link';

export type CashBarView = { courierId: string; href: string; name: string; balance: number; balanceText: string };

/**
 * Who holds the most cash, as horizontal bars (the top `limit`). Plain HTML: each bar is
 * decoration beside its amount, which is real text, so screen readers read a simple list;
 * the full figures are in the table below it.
 */
export function CashBalanceChart({ bars, limit = 10 }: { bars: CashBarView[]; limit?: number }) {
  const shown = bars.filter((b) => b.balance > 0).slice(0, limit);
  if (shown.length === 0) return null;
  const max = Math.max(1, ...shown.map((b) => b.balance));
  return (
    <figure className="flex flex-col gap-3 rounded-lg border p-4">
      <figcaption className="text-sm font-medium">
        Who holds the most cash{bars.filter((b) => b.balance > 0).length > limit ? ` (top ${limit})` : ''}
      </figcaption>
      <ol className="flex flex-col gap-2.5">
        {shown.map((b) => (
          <li key={b.courierId} className="grid grid-cols-[minmax(6rem,12rem)_1fr_auto] items-center gap-3 text-sm">
            <Link href={b.href} className="truncate underline-offset-4 hover:underline" title={b.name}>
              {b.name}
            </Link>
            <span aria-hidden="true" className="h-3 overflow-hidden rounded-full bg-muted">
              <span className="block h-full rounded-full bg-primary" style={{ width: `${(b.balance / max) * 100}%` }} />
            </span>
            <span className="text-right tabular-nums">
              {b.balanceText}
              <span className="sr-only"> held</span>
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
