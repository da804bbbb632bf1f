import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { EarningsBucket } from '@/lib/courier/earnings';
import { formatMoney } from '@/lib/money/money';

type Props = {
  /** The section's heading, also the table's caption. */
  title: string;
  buckets: readonly EarningsBucket[];
  /** The first column's header: "Day", "Week". */
  periodHeader: string;
  /** The bar's short label ("Mon 3") and the table row's full one ("Mon 3 Mar"). */
  shortLabel: (b: EarningsBucket) => string;
  longLabel: (b: EarningsBucket) => string;
  currency: string;
  locale: string;
};

const WIDTH = 340;
const HEIGHT = 160;
const AXIS = 20;

/**
 * Earnings as bars in plain SVG (no chart library), with the same numbers in a table below: the
 * picture is for a glance and is hidden from screen readers, the table is what they read.
 */
export function EarningsChart({ title, periodHeader, buckets, shortLabel, longLabel, currency, locale }: Props) {
  const max = Math.max(1, ...buckets.map((b) => b.earnings));
  const slot = WIDTH / buckets.length;
  const bar = Math.max(4, slot * 0.6);
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const labelEvery = buckets.length > 10 ? 2 : 1;
  return (
    <div className="flex flex-col gap-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} className="h-auto w-full" aria-hidden="true" focusable="false">
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-border" strokeWidth={1} />
        {buckets.map((b, i) => {
          const h = b.earnings === 0 ? 0 : Math.max(2, (b.earnings / max) * (HEIGHT - 16));
          const x = i * slot + (slot - bar) / 2;
          return (
            <g key={b.start}>
              <rect x={x} y={HEIGHT - h} width={bar} height={h} rx={2} className="fill-primary" />
              {b.deliveries > 0 && (
                <text x={x + bar / 2} y={HEIGHT - h - 4} textAnchor="middle" className="fill-muted-foreground text-[9px]">
                  {b.deliveries}
                </text>
              )}
              {i % labelEvery === (buckets.length - 1) % labelEvery && (
                <text x={x + bar / 2} y={HEIGHT + 14} textAnchor="middle" className="fill-muted-foreground text-[9px]">
                  {shortLabel(b)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p className="text-xs text-muted-foreground">Bars show earnings; the number above a bar is the deliveries done.</p>
      <Table>
        <caption className="sr-only">{title}</caption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">{periodHeader}</TableHead>
            <TableHead scope="col" className="text-right">
              Deliveries
            </TableHead>
            <TableHead scope="col" className="text-right">
              Earnings
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...buckets].reverse().map((b) => (
            <TableRow key={b.start}>
              <TableHead scope="row" className="font-normal">
                {longLabel(b)}
              </TableHead>
              <TableCell className="text-right tabular-nums">{b.deliveries}</TableCell>
              <TableCell className="text-right tabular-nums">{money(b.earnings)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
