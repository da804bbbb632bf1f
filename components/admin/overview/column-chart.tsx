import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';

export type Column = { key: string; /** Under the bar ("3 Mar"). */ label: string; value: number; /** The value as people read it ("$12.50", "4"). */ valueText: string };

type Props = {
  title: string;
  /** One sentence a screen reader hears for the picture (totals, peak). */
  summary: string;
  columns: Column[];
  periodHeader: string;
  valueHeader: string;
};

const WIDTH = 640;
const HEIGHT = 180;
const AXIS = 22;

/**
 * Vertical bars in plain SVG (no chart library): the picture is one labelled image, and the same
 * numbers are a table behind a disclosure for anyone who would rather read them.
 */
export function ColumnChart({ title, summary, columns, periodHeader, valueHeader }: Props) {
  const max = Math.max(1, ...columns.map((c) => c.value));
  const slot = WIDTH / Math.max(1, columns.length);
  const bar = Math.max(3, slot * 0.7);
  const labelEvery = Math.ceil(columns.length / 8);
  return (
    <figure className="flex flex-col gap-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-label={`${title}. ${summary}`} className="h-auto w-full" preserveAspectRatio="none">
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-border" strokeWidth={1} />
        {columns.map((c, i) => {
          const h = c.value <= 0 ? 0 : Math.max(2, (c.value / max) * (HEIGHT - 8));
          const x = i * slot + (slot - bar) / 2;
          return (
            <g key={c.key}>
              <rect x={x} y={HEIGHT - h} width={bar} height={h} rx={2} className="fill-primary">
                <title>{`${c.label}: ${c.valueText}`}</title>
              </rect>
              {(columns.length - 1 - i) % labelEvery === 0 && (
                <text x={x + bar / 2} y={HEIGHT + 15} textAnchor="middle" className="fill-muted-foreground text-[11px]">
                  {c.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-muted-foreground">{summary}</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer rounded-sm font-medium">Show as a table</summary>
        <Table className="mt-2">
          <caption className="sr-only">{title}</caption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{periodHeader}</TableHead>
              <TableHead scope="col" className="text-right">
                {valueHeader}
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {columns.map((c) => (
              <TableRow key={c.key}>
                <TableHead scope="row" className="font-normal">
                  {c.label}
                </TableHead>
                <TableCell className="text-right tabular-nums">{c.valueText}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </figure>
  );
}
