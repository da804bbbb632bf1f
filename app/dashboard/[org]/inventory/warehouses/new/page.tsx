import type { Metadata } from 'next';
import { Forbidden } from '@/components/dashboard/forbidden';
import { WarehouseForm } from '@/components/inventory/warehouse-form';
import { PageHeader } from '@/components/ui/page-header';
import { countryOptions } from '@/lib/inventory/warehouses/countries';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Add warehouse' };

export default async function NewWarehousePage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  const slug = ctx.org.slug;
  if (!ctx.can('warehouses.manage')) {
    return <Forbidden description="Only owners and admins add warehouses." action={{ href: `/dashboard/${slug}/inventory/warehouses`, label: 'Back to warehouses' }} />;
  }
  return (
    <>
      <PageHeader title="Add warehouse" description="A place you keep stock. The first one becomes the default." />
      <WarehouseForm slug={slug} countries={countryOptions()} />
    </>
  );
}
