import { cn } from '@/lib/utils/cn';

/**
 * What a page shows while it loads: busy for assistive tech, which hears `label`; the
 * skeleton shapes inside are decoration.
 */
export function LoadingPage({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={cn('flex flex-col gap-6', className)} aria-busy="true">
      {children}
      <span className="sr-only" role="status">
        {label}
      </span>
    </div>
  );
}
