import { cn } from '@/lib/utils/cn';

type CheckboxProps = Omit<React.ComponentProps<'input'>, 'type'> & {
  /** Optional inline label; wraps the box in a <label> with a 40px touch target. */
  label?: React.ReactNode;
};

/** Native checkbox (works with react-hook-form `register`). */
export function Checkbox({ className, label, ...props }: CheckboxProps) {
  const input = (
    <input
      type="checkbox"
      data-slot="checkbox"
      className={cn(
        'size-4 shrink-0 cursor-pointer rounded-sm border-input accent-primary disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:outline-2 aria-invalid:outline-destructive',
        className,
      )}
      {...props}
    />
  );
  if (label === undefined) return input;
  return (
    <label className="flex min-h-10 cursor-pointer items-center gap-2 text-sm has-disabled:cursor-not-allowed has-disabled:opacity-50">
      {input}
      <span>{label}</span>
    </label>
  );
}
