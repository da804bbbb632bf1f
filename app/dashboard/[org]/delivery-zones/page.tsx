import type { Metadata } from 'next';
import Link from 'next/link';
import { MapPinned, Plus, SearchX } from 'lucide-react';
import { AddressChecker } from '@/components/delivery/address-checker';
import { ZoneTable } from '@/components/delivery/zone-table';
import { Forbidden } from '@/components/dashboard/forbidden';
import { Button, buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { listZoneCities, listZones } from '@/lib/delivery/zones/list-zones';
import { ZoneListFilters } from '@/lib/delivery/zones/schemas';
import { orgPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Delivery zones' };

type Props = { params: Promise<{ org: string }>; searchParams: SearchParams };

/** Where the store delivers and for how much; the first matching zone (top to bottom) wins at checkout. */
export default async function DeliveryZonesPage({ params, searchParams }: Props) {
  const ctx = await orgPageContext((await params).org);
  const slug = ctx.org.slug;
  if (!ctx.can('delivery.manage')) {
    return <Forbidden description="Only owners and admins manage delivery zones." action={{ href: `/dashboard/${slug}`, label: 'Back to the overview' }} />;
  }
  const filters = ZoneListFilters.parse(await searchParams);
  const [result, cities] = await Promise.all([listZones(ctx, filters), listZoneCities(ctx)]);
  const basePath = `/dashboard/${slug}/delivery-zones`;
  const filtered = Boolean(filters.city || filters.status);
  const add = (
    <Link href={`${basePath}/new`} className={buttonVariants()}>
      <Plus aria-hidden="true" />
      Add zone
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Delivery zones"
        description="A shopper’s address picks the first active zone that matches it, from the top. Use the arrows to change the order."
        actions={result.zoneCount > 0 ? add : undefined}
      />
      {result.zoneCount === 0 ? (
        <EmptyState icon={MapPinned} title="No delivery zones yet" description="Add the cities (and districts or postal codes) you deliver to, then their tariffs." action={add} />
      ) : (
        <>
          <FilterBar
            basePath={basePath}
            submitLabel="Filter"
            fields={[
              { kind: 'select', name: 'city', label: 'City', value: filters.city, allLabel: 'All cities', options: cities.map((c) => ({ value: c, label: c })) },
              {
                kind: 'select',
                name: 'status',
                label: 'Status',
                value: filters.status ?? '',
                allLabel: 'Active and inactive',
                options: [
                  { value: 'active', label: 'Active' },
                  { value: 'inactive', label: 'Inactive' },
                ],
              },
            ]}
          />
          <ResultCount total={result.total} noun={['zone', 'zones']} filtered={filtered} />
          {result.total === 0 ? (
            <EmptyState
              icon={SearchX}
              title="No zones match these filters"
              action={
                <Button asChild variant="outline">
                  <Link href={basePath}>Clear filters</Link>
                </Button>
              }
            />
          ) : (
            <ZoneTable slug={slug} rows={result.rows} zoneCount={result.zoneCount} />
          )}
          <Pagination basePath={basePath} searchParams={{ city: filters.city || undefined, status: filters.status }} page={result.page} totalPages={result.totalPages} />
          <AddressChecker slug={slug} locale={ctx.org.defaultLocale} />
        </>
      )}
    </>
  );
}
