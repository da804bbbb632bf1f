import { cn } from '@/lib/utils/cn';

type Precision = { dateOnly?: boolean; withSeconds?: boolean };

/**
 * One fixed format (en-GB, "5 Mar 2025, 14:30") in a given time zone, so the server and every
 * browser render the same text. `withSeconds` also names the zone: it is for exact moments.
 */
export function formatDateTime(value: Date, timeZone: string, { dateOnly = false, withSeconds = false }: Precision = {}): string {
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: dateOnly ? undefined : withSeconds ? 'long' : 'short',
    timeZone,
  }).format(value);
}

type DateTimeProps = Precision & {
  value: Date | null;
  /** The organization's zone in the dashboard; UTC in the back office. */
  timeZone?: string;
  /** Shown when there is no date. */
  fallback?: string;
  className?: string;
};

/** A timestamp as readable text, with the machine-readable value in `<time dateTime>`. */
export function DateTime({ value, timeZone = 'UTC', dateOnly, withSeconds, fallback = 'Never', className }: DateTimeProps) {
  if (!value) return <span className={cn('text-muted-foreground', className)}>{fallback}</span>;
  return (
    <time dateTime={value.toISOString()} className={cn('whitespace-nowrap', className)}>
      {formatDateTime(value, timeZone, { dateOnly, withSeconds })}
    </time>
  );
}
