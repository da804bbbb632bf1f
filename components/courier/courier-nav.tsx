'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils/cn';

/** Today / Earnings for one organization: big tabs, the current one marked. */
export function CourierNav({ orgSlug }: { orgSlug: string }) {
  const pathname = usePathname();
  const base = `/courier/${orgSlug}`;
  const items = [
    { href: base, label: 'Deliveries', active: pathname === base || pathname.startsWith(`${base}/deliveries`) },
    { href: `${base}/earnings`, label: 'Earnings', active: pathname.startsWith(`${base}/earnings`) },
  ];
  return (
    <nav aria-label="Courier sections" className="grid grid-cols-2 gap-1 rounded-lg bg-muted p-1">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.active ? 'page' : undefined}
          className={cn(
            'flex h-12 items-center justify-center rounded-md text-sm font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
            item.active && 'bg-background text-foreground shadow-xs',
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
