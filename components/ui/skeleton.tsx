import { cn } from '@/lib/utils/cn';

/** Decorative loading placeholder (hidden from assistive tech). */
export function Skeleton({ className, ...props }: React.ComponentProps<'div'>) {
  return <div aria-hidden="true" className={cn('animate-pulse rounded-md bg-muted', className)} {...props} />;
}
