import { cn } from '@/lib/utils/cn';

type ResultCountProps = {
  total: number;
  /** The counted thing, singular and plural: ['tenant', 'tenants']. */
  noun: [singular: string, plural: string];
  /** A filter is applied: "3 tenants match". */
  filtered?: boolean;
  /** Said after the count, e.g. ` matching “ana”`. */
  detail?: React.ReactNode;
  className?: string;
};

/** "12 users match": the size of a (filtered) list, announced politely when it changes. */
export function ResultCount({ total, noun, filtered = false, detail, className }: ResultCountProps) {
  return (
    <p className={cn('text-sm text-muted-foreground', className)} aria-live="polite">
      {total} {total === 1 ? noun[0] : noun[1]}
      {filtered && (total === 1 ? ' matches' : ' match')}
      {detail}
    </p>
  );
}
