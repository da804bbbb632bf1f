'use client';

import { usePathname } from 'next/navigation';
import { NavTabs } from '@/components/ui/nav-tabs';

export type AdminNavItem = { href: string; label: string };

/** The back office's sections (only those the admin's roles allow are passed in). */
export function AdminNav({ items }: { items: AdminNavItem[] }) {
  const pathname = usePathname();
  return (
    <NavTabs
      aria-label="Back office"
      // The header above draws the line under the tabs.
      className="border-b-0"
      items={items.map((item) => ({ ...item, active: pathname === item.href || pathname.startsWith(`${item.href}/`) }))}
    />
  );
}
