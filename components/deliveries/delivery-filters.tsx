'use client';

import { useTransition } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Search, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/select';
import { Spinner } from '@/components/ui/spinner';
import type { DeliveryListFilters } from '@/lib/delivery/deliveries-admin/schemas';

type Option = { value: string; label: string };

type Props = {
  basePath: string;
  filters: DeliveryListFilters;
  couriers: Option[];
  zones: Option[];
};

/**
 * Search, courier, zone and created-between dates, all in the URL; the status tab is kept. Selects
 * apply at once, dates when the field is left, the search on Enter. A plain GET form underneath,
 * so it works before JavaScript loads. The page remounts it when the URL changes from outside.
 */
export function DeliveryFilters({ basePath, filters, couriers, zones }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const narrowed = Boolean(filters.q || filters.courier || filters.zone || filters.from || filters.to);

  function apply(form: HTMLFormElement) {
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim()) query.set(key, value.trim());
    }
    const qs = query.toString();
    startTransition(() => router.push(qs ? `${basePath}?${qs}` : basePath));
  }
  const applyNow = (e: React.SyntheticEvent<HTMLInputElement | HTMLSelectElement>) => e.currentTarget.form && apply(e.currentTarget.form);
  const clearHref = filters.status ? `${basePath}?status=${filters.status}` : basePath;

  return (
    <form
      role="search"
      aria-label="Filter deliveries"
      action={basePath}
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.currentTarget);
      }}
      className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end"
    >
      {filters.status && <input type="hidden" name="status" value={filters.status} />}
      <div className="col-span-2 flex min-w-0 flex-col gap-1.5 sm:min-w-64 sm:flex-1">
        <Label htmlFor="deliveries-q">Tracking or order number</Label>
        <Input id="deliveries-q" name="q" type="search" defaultValue={filters.q} placeholder="e.g. TRK7H2K or A1B2C3" autoComplete="off" />
      </div>
      <div className="flex min-w-0 flex-col gap-1.5 sm:w-48">
        <Label htmlFor="deliveries-courier">Courier</Label>
        <Select id="deliveries-courier" name="courier" defaultValue={filters.courier ?? ''} onChange={applyNow}>
          <option value="">Any courier</option>
          <option value="unassigned">Not assigned</option>
          {couriers.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex min-w-0 flex-col gap-1.5 sm:w-44">
        <Label htmlFor="deliveries-zone">Zone</Label>
        <Select id="deliveries-zone" name="zone" defaultValue={filters.zone ?? ''} onChange={applyNow}>
          <option value="">Any zone</option>
          {zones.map((z) => (
            <option key={z.value} value={z.value}>
              {z.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex min-w-0 flex-col gap-1.5 sm:w-44">
        <Label htmlFor="deliveries-from">Created from</Label>
        {/* Not on change: that fires while the year is still being typed. */}
        <Input id="deliveries-from" name="from" type="date" defaultValue={filters.from ?? ''} onBlur={(e) => e.currentTarget.value !== (filters.from ?? '') && applyNow(e)} />
      </div>
      <div className="flex min-w-0 flex-col gap-1.5 sm:w-44">
        <Label htmlFor="deliveries-to">Created to</Label>
        <Input id="deliveries-to" name="to" type="date" defaultValue={filters.to ?? ''} onBlur={(e) => e.currentTarget.value !== (filters.to ?? '') && applyNow(e)} />
      </div>
      <div className="col-span-2 flex items-center gap-2">
        <Button type="submit" variant="secondary">
          <Search aria-hidden="true" />
          Search
        </Button>
        {narrowed && (
          <Button asChild variant="ghost">
            <Link href={clearHref}>
              <X aria-hidden="true" />
              Clear
            </Link>
          </Button>
        )}
        {pending && <Spinner label="Updating deliveries" />}
      </div>
    </form>
  );
}
