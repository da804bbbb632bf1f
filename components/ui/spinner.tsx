import { LoaderCircle } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

type SpinnerProps = React.ComponentProps<'svg'> & {
  /** Accessible label; pass `null` when the spinner is decorative (e.g. inside a busy button). */
  label?: string | null;
};

export function Spinner({ label = 'Loading', className, ...props }: SpinnerProps) {
  const icon = (
    <LoaderCircle aria-hidden="true" className={cn('size-4 animate-spin', className)} {...props} />
  );
  if (label === null) return icon;
  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
