import Link from 'next/link';
import { Store, type LucideIcon } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

type BrandLinkProps = {
  href: string;
  label?: string;
  icon?: LucideIcon;
  /** Show only the mark on phones (the label stays the link's accessible name). */
  compact?: boolean;
  className?: string;
};

/** The platform's mark and name in a page header, linking home. */
export function BrandLink({ href, label = 'Commerce Platform', icon: Icon = Store, compact = false, className }: BrandLinkProps) {
  return (
    <Link href={href} className={cn('inline-flex min-w-0 items-center gap-2 rounded-md text-base font-semibold tracking-tight', className)}>
      <span className="flex size-8 shrink-0 items-center justify-center rounded-md bg-primary text-primary-foreground">
        <Icon aria-hidden="true" className="size-4" />
      </span>
      <span className={cn('truncate', compact && 'sr-only sm:not-sr-only')}>{label}</span>
    </Link>
  );
}
