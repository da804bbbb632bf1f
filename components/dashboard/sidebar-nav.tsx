'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Bike, Boxes, FolderTree, Globe, LayoutDashboard, MapPinned, Package, ReceiptText, ScrollText, Settings, TicketPercent, Truck, Users, type LucideIcon } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { isActiveItem, type DashboardNavItem, type NavIcon } from './nav-items';

const ICONS: Record<NavIcon, LucideIcon> = {
  overview: LayoutDashboard,
  orders: ReceiptText,
  deliveries: Truck,
  couriers: Bike,
  coupons: TicketPercent,
  delivery: MapPinned,
  products: Package,
  categories: FolderTree,
  inventory: Boxes,
  settings: Settings,
  team: Users,
  domains: Globe,
  audit: ScrollText,
};

/** The module menu; the current page is marked with aria-current. */
export function SidebarNav({ items, onNavigate }: { items: DashboardNavItem[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Dashboard">
      <ul className="flex flex-col gap-0.5">
        {items.map((item) => {
          const Icon = ICONS[item.icon];
          const active = isActiveItem(item, pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                onClick={onNavigate}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'flex min-h-10 items-center gap-3 rounded-md px-3 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground',
                  active && 'bg-accent text-foreground',
                )}
              >
                <Icon aria-hidden="true" className="size-4 shrink-0" />
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
