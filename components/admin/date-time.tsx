/** A timestamp as readable text in a given time zone, with the machine-readable value beside it. */
export function DateTime({ value, timeZone = 'UTC', dateOnly = false }: { value: Date | null; timeZone?: string; dateOnly?: boolean }) {
  if (!value) return <span className="text-muted-foreground">Never</span>;
  const text = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: dateOnly ? undefined : 'short',
    timeZone,
  }).format(value);
  return (
    <time dateTime={value.toISOString()} className="whitespace-nowrap">
      {text}
    </time>
  );
}
