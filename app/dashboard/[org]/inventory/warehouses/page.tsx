import type { Metadata } from 'next';
import Link from 'next/link';
import { Plus, Warehouse } from 'lucide-react';
import { Forbidden } from '@/components/dashboard/forbidden';
import { InventoryHeader } from '@/components/inventory/inventory-header';
import { WarehouseList } from '@/components/inventory/warehouse-list';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { listWarehouses } from '@/lib/inventory/warehouses/list-warehouses';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Warehouses' };

/** The places stock is kept, with their totals; owners and admins manage them. */
export default async function WarehousesPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  const slug = ctx.org.slug;
  if (!ctx.can('inventory.view')) return <Forbidden action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  const warehouses = await listWarehouses(ctx);
  const canManage = ctx.can('warehouses.manage');
  const add = canManage && (
    <Link href={`/dashboard/${slug}/inventory/warehouses/new`} className={buttonVariants()}>
      <Plus aria-hidden="true" />
      Add warehouse
    </Link>
  );
  return (
    <>
      <InventoryHeader
        slug={slug}
        current="warehouses"
        title="Warehouses"
        description="The default warehouse is used first for new stock. Inactive warehouses take no new stock."
        actions={warehouses.length > 0 ? add : undefined}
        canAdjust={ctx.can('inventory.adjust')}
      />
      {warehouses.length === 0 ? (
        <EmptyState icon={Warehouse} title="No warehouses yet" description="Add the first place you keep stock; it becomes the default." action={add} />
      ) : (
        <WarehouseList slug={slug} warehouses={warehouses} canManage={canManage} />
      )}
    </>
  );
}
