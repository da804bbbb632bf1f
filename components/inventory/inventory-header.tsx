import { NavTabs } from '@/components/ui/nav-tabs';
import { PageHeader } from '@/components/ui/page-header';

export type InventoryTab = 'stock' | 'low-stock' | 'movements' | 'transfer' | 'warehouses';

const TABS: { tab: InventoryTab; path: string; label: string }[] = [
  { tab: 'stock', path: '', label: 'Stock' },
  { tab: 'low-stock', path: '/low-stock', label: 'Low stock' },
  { tab: 'movements', path: '/movements', label: 'Movements' },
  { tab: 'transfer', path: '/transfer', label: 'Transfer' },
  { tab: 'warehouses', path: '/warehouses', label: 'Warehouses' },
];

type Props = { slug: string; current: InventoryTab; title: string; description?: string; actions?: React.ReactNode; canAdjust: boolean };

/** The inventory pages' heading and their sub-navigation (Transfer only for members who may move stock). */
export function InventoryHeader({ slug, current, title, description, actions, canAdjust }: Props) {
  const items = TABS.filter((t) => t.tab !== 'transfer' || canAdjust).map((t) => ({
    href: `/dashboard/${slug}/inventory${t.path}`,
    label: t.label,
    active: t.tab === current,
  }));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={title} description={description} actions={actions} />
      <NavTabs aria-label="Inventory sections" items={items} />
    </div>
  );
}
