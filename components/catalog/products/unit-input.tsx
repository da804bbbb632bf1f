import { Input } from '@/components/ui/input';
import { cn } from '@/lib/utils/cn';

type UnitInputProps = React.ComponentProps<typeof Input> & {
  /** Shown inside the field's right edge: "USD", "kg", "%". */
  unit: string;
};

/**
 * A decimal input with its unit beside the value. It takes the id and aria props FormField
 * gives its control, so it can be that control. Text, not type=number: typed decimals stay exact.
 */
export function UnitInput({ unit, className, ...props }: UnitInputProps) {
  return (
    <div className="relative">
      <Input inputMode="decimal" autoComplete="off" className={cn('pr-14', className)} {...props} />
      <span aria-hidden="true" className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-sm text-muted-foreground">
        {unit}
      </span>
    </div>
  );
}
