'use client';

import { usePathname } from 'next/navigation';
import { NavTabs } from '@/components/ui/nav-tabs';

const TABS = [
  { path: '', label: 'Details' },
  { path: '/variants', label: 'Variants' },
  { path: '/images', label: 'Images' },
  { path: '/stock', label: 'Stock' },
];

/** Details · Variants · Images · Stock of one product; the current one is marked. Stock only for roles that may see it. */
export function ProductTabs({ basePath, showStock }: { basePath: string; showStock: boolean }) {
  const pathname = usePathname().replace(/\/+$/, '');
  const items = TABS.filter((tab) => showStock || tab.path !== '/stock').map((tab) => {
    const href = `${basePath}${tab.path}`;
    const active = tab.path === '' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
    return { href, label: tab.label, active };
  });
  return <NavTabs aria-label="Product sections" items={items} />;
}
