import Link from 'next/link';
import { cn } from '@/lib/utils/cn';

export type NavTabItem = { href: string; label: React.ReactNode; active?: boolean };

type NavTabsProps = {
  items: NavTabItem[];
  /** Accessible name of the <nav>. */
  'aria-label'?: string;
  className?: string;
};

/** Link-based tab bar (server-compatible), e.g. for settings sub-pages. */
export function NavTabs({ items, 'aria-label': ariaLabel = 'Sections', className }: NavTabsProps) {
  return (
    <nav aria-label={ariaLabel} className={cn('overflow-x-auto border-b', className)}>
      <ul className="flex min-w-max gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.active ? 'page' : undefined}
              className={cn(
                '-mb-px inline-flex h-10 items-center border-b-2 border-transparent px-3 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground',
                item.active && 'border-primary text-foreground',
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
