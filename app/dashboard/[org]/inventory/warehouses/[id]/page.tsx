import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Forbidden } from '@/components/dashboard/forbidden';
import { WarehouseForm } from '@/components/inventory/warehouse-form';
import { PageHeader } from '@/components/ui/page-header';
import { coordinateText } from '@/lib/delivery/zones/coordinates';
import { countryOptions } from '@/lib/inventory/warehouses/countries';
import { getWarehouse } from '@/lib/inventory/warehouses/get-warehouse';
import { orgPageContext } from '@/lib/server/page-context';
import { AppError } from '@/lib/server/errors';

export const metadata: Metadata = { title: 'Edit warehouse' };

type Props = { params: Promise<{ org: string; id: string }> };

export default async function EditWarehousePage({ params }: Props) {
  const { org, id } = await params;
  const ctx = await orgPageContext(org);
  const slug = ctx.org.slug;
  if (!ctx.can('warehouses.manage')) {
    return <Forbidden description="Only owners and admins edit warehouses." action={{ href: `/dashboard/${slug}/inventory/warehouses`, label: 'Back to warehouses' }} />;
  }
  const warehouse = await getWarehouse(ctx, id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'NOT_FOUND') notFound();
    throw e;
  });
  const a = warehouse.address;
  const values = {
    name: warehouse.name,
    code: warehouse.code ?? '',
    address: { street: a.street ?? '', city: a.city ?? '', region: a.region ?? '', postalCode: a.postalCode ?? '', country: a.country ?? '' },
    latitude: coordinateText(warehouse.latitude),
    longitude: coordinateText(warehouse.longitude),
    contactPerson: warehouse.contactPerson ?? '',
    phone: warehouse.phone ?? '',
    email: warehouse.email ?? '',
  };
  return (
    <>
      <PageHeader title={`Edit ${warehouse.name}`} description={warehouse.isDefault ? 'This is the default warehouse.' : undefined} />
      <WarehouseForm slug={slug} countries={countryOptions()} warehouse={{ id: warehouse.id, values }} />
    </>
  );
}
