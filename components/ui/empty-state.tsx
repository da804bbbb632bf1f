import type { LucideIcon } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

type EmptyStateProps = {
  icon?: LucideIcon;
  title: React.ReactNode;
  /**
   * The title's heading level: h2 below a page heading (the default), h3 inside a titled card or
   * section, h1 when the state stands in for the whole page (e.g. a 403).
   */
  as?: 'h1' | 'h2' | 'h3';
  /** A short line above the title, e.g. "403 · Forbidden". */
  eyebrow?: React.ReactNode;
  description?: React.ReactNode;
  /** e.g. a <Button> to create the first item. */
  action?: React.ReactNode;
  className?: string;
};

/** "Nothing here yet" placeholder for empty lists (and for pages there is nothing to show on). */
export function EmptyState({ icon: Icon, title, as: Heading = 'h2', eyebrow, description, action, className }: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      className={cn(
        'flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed px-6 py-12 text-center',
        className,
      )}
    >
      {Icon && (
        <div className="flex size-12 items-center justify-center rounded-full bg-muted">
          <Icon aria-hidden="true" className="size-6 text-muted-foreground" />
        </div>
      )}
      <div className="flex max-w-sm flex-col gap-1">
        {eyebrow && <p className="text-sm font-semibold text-muted-foreground">{eyebrow}</p>}
        <Heading className={cn('font-semibold', Heading === 'h1' ? 'text-xl tracking-tight' : 'text-base')}>{title}</Heading>
        {description && <p className="text-sm text-muted-foreground">{description}</p>}
      </div>
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
