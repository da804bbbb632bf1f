import { Warehouse as WarehouseIcon } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { countryName } from '@/lib/inventory/warehouses/countries';
import type { WarehouseSummary } from '@/lib/inventory/warehouses/list-warehouses';
import { WarehouseActions } from './warehouse-actions';

type Props = { slug: string; warehouses: WarehouseSummary[]; canManage: boolean };

const n = (v: number) => v.toLocaleString('en');

/** Each warehouse as a card: state, address and contact, stock totals, and its actions. */
export function WarehouseList({ slug, warehouses, canManage }: Props) {
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {warehouses.map((w) => {
        const place = [w.address.street, w.address.city, w.address.region, w.address.postalCode, w.address.country && countryName(w.address.country)].filter(Boolean).join(', ');
        const contact = [w.contactPerson, w.phone, w.email].filter(Boolean).join(' · ');
        return (
          <li key={w.id} className="flex flex-col gap-4 rounded-lg border p-4">
            <div className="flex flex-wrap items-center gap-2">
              <WarehouseIcon aria-hidden="true" className="size-4 text-muted-foreground" />
              <h2 className="font-semibold break-all">{w.name}</h2>
              {w.code && <Badge variant="outline">{w.code}</Badge>}
              {w.isDefault && <Badge>Default</Badge>}
              {!w.isActive && <Badge variant="secondary">Inactive</Badge>}
            </div>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-muted-foreground">Address</dt>
              <dd>{place || <span className="text-muted-foreground">Not set</span>}</dd>
              <dt className="text-muted-foreground">Contact</dt>
              <dd className="break-all">{contact || <span className="text-muted-foreground">Not set</span>}</dd>
              <dt className="text-muted-foreground">Stock</dt>
              <dd className="tabular-nums">
                {n(w.available)} available · {n(w.quantity)} on hand · {n(w.reserved)} reserved · {n(w.variants)} {w.variants === 1 ? 'variant' : 'variants'}
              </dd>
            </dl>
            {canManage && <WarehouseActions slug={slug} warehouse={{ id: w.id, name: w.name, isActive: w.isActive, isDefault: w.isDefault, quantity: w.quantity }} />}
          </li>
        );
      })}
    </ul>
  );
}
