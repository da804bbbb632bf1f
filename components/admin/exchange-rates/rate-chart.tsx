import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatRate, parseRate } from '@/lib/currency/rate-math';
import { shortRate } from './rate-format';

type Point = { effectiveOn: string; rate: string };

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { top: 12, right: 12, bottom: 24, left: 12 };

/**
 * The rate of one pair over time as an SVG line, with the same numbers as a table for screen
 * readers and anyone who prefers reading. Plot positions are the only place a rate becomes a
 * float: they are pixels, never amounts.
 */
export function RateChart({ base, quote, points }: { base: string; quote: string; points: Point[] }) {
  const title = `${base} → ${quote}`;
  const scaled = points.map((p) => parseRate(p.rate) ?? 0n);
  const min = scaled.reduce((a, b) => (b < a ? b : a), scaled[0] ?? 0n);
  const max = scaled.reduce((a, b) => (b > a ? b : a), scaled[0] ?? 0n);
  const span = max - min;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  // A flat series sits in the middle rather than on an edge.
  const y = (v: bigint) => PAD.top + (span === 0n ? innerH / 2 : innerH - (Number(((v - min) * 10_000n) / span) / 10_000) * innerH);
  const path = scaled.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const first = points[0];
  const last = points.at(-1);
  const summary =
    first && last
      ? `${title} from ${first.effectiveOn} to ${last.effectiveOn}: ${shortRate(first.rate)} to ${shortRate(last.rate)}, ` +
        `lowest ${formatRate(min)}, highest ${formatRate(max)}.`
      : `${title}: no rates in this range.`;

  return (
    <figure className="flex flex-col gap-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} className="h-auto w-full text-primary" preserveAspectRatio="none">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} className="stroke-border" strokeWidth={1} />
        <path d={path} fill="none" stroke="currentColor" strokeWidth={2} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
        {points.length <= 60 &&
          scaled.map((v, i) => (
            <circle key={points[i]!.effectiveOn} cx={x(i)} cy={y(v)} r={2.5} fill="currentColor" vectorEffect="non-scaling-stroke" />
          ))}
        {first && last && (
          <>
            <text x={PAD.left} y={HEIGHT - 6} className="fill-muted-foreground text-[11px]">
              {first.effectiveOn}
            </text>
            <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="fill-muted-foreground text-[11px]">
              {last.effectiveOn}
            </text>
          </>
        )}
      </svg>
      <figcaption className="text-sm text-muted-foreground">{summary}</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer rounded-sm font-medium">Show the rates as a table</summary>
        <Table className="mt-2">
          <caption className="sr-only">Daily rates of {title}</caption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Day</TableHead>
              <TableHead scope="col" className="text-right">
                1 {base} in {quote}
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {points.map((p) => (
              <TableRow key={p.effectiveOn}>
                <TableCell className="tabular-nums">{p.effectiveOn}</TableCell>
                <TableCell className="text-right tabular-nums">{shortRate(p.rate)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </figure>
  );
}
