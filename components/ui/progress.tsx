import { cn } from '@/lib/utils/cn';

type ProgressProps = Omit<React.ComponentProps<'div'>, 'children'> & {
  value: number;
  max?: number;
  /** Accessible name (required unless aria-labelledby is given). */
  label?: string;
  /** Render the label and percentage above the bar. */
  showLabel?: boolean;
};

export function Progress({ value, max = 100, label, showLabel = false, className, ...props }: ProgressProps) {
  const clamped = Math.min(Math.max(value, 0), max);
  const percent = max > 0 ? Math.round((clamped / max) * 100) : 0;
  const bar = (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={clamped}
      aria-valuetext={`${percent}%`}
      className={cn('h-2 w-full overflow-hidden rounded-full bg-muted', className)}
      {...props}
    >
      <div className="h-full rounded-full bg-primary transition-[width]" style={{ width: `${percent}%` }} />
    </div>
  );
  if (!showLabel) return bar;
  return (
    <div className="flex flex-col gap-1.5">
      <div aria-hidden="true" className="flex justify-between text-sm">
        <span className="font-medium">{label}</span>
        <span className="text-muted-foreground">{percent}%</span>
      </div>
      {bar}
    </div>
  );
}
