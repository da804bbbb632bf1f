'use client';

import { useState } from 'react';
import { Pencil, Plus, Power, Trash2, Truck } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { useRunAction } from '@/components/forms/use-run-action';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { deleteTariffAction, setTariffActiveAction } from '@/lib/delivery/tariffs/actions';
import type { TariffFormValues } from '@/lib/delivery/tariffs/schemas';
import { TariffDialog } from './tariff-dialog';

export type TariffView = {
  id: string;
  name: string;
  isActive: boolean;
  /** Formatted for reading: "$6.99", "—". */
  baseCost: string;
  costPerKg: string;
  minOrder: string;
  freeFrom: string;
  hours: string;
  /** The dialog's starting values (decimals as typed). */
  values: TariffFormValues;
};

type Props = { slug: string; currency: string; zoneId: string; tariffs: TariffView[] };

/** The zone's delivery options with their prices, and add / edit / switch off / delete. */
export function TariffList({ slug, currency, zoneId, tariffs }: Props) {
  const add = (
    <TariffDialog
      slug={slug}
      currency={currency}
      zoneId={zoneId}
      trigger={
        <Button type="button">
          <Plus aria-hidden="true" />
          Add tariff
        </Button>
      }
    />
  );
  return (
    <section aria-labelledby="tariffs-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="tariffs-heading" className="text-lg font-semibold">
            Tariffs
          </h2>
          <p className="text-sm text-muted-foreground">The delivery options shoppers in this zone choose from.</p>
        </div>
        {tariffs.length > 0 && add}
      </div>
      {tariffs.length === 0 ? (
        <EmptyState as="h3" icon={Truck} title="No tariffs yet" description="Without a tariff, shoppers in this zone cannot choose delivery." action={add} />
      ) : (
        <div className="overflow-x-auto rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead className="text-right">Base</TableHead>
                <TableHead className="text-right">Per kg</TableHead>
                <TableHead className="text-right">Min. order</TableHead>
                <TableHead className="text-right">Free from</TableHead>
                <TableHead className="text-right">Hours</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {tariffs.map((t) => (
                <TableRow key={t.id}>
                  <TableCell>
                    <span className="font-medium">{t.name}</span> {!t.isActive && <Badge variant="secondary">Inactive</Badge>}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{t.baseCost}</TableCell>
                  <TableCell className="text-right tabular-nums">{t.costPerKg}</TableCell>
                  <TableCell className="text-right tabular-nums">{t.minOrder}</TableCell>
                  <TableCell className="text-right tabular-nums">{t.freeFrom}</TableCell>
                  <TableCell className="text-right tabular-nums">{t.hours}</TableCell>
                  <TableCell>
                    <TariffActions slug={slug} currency={currency} zoneId={zoneId} tariff={t} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

function TariffActions({ slug, currency, zoneId, tariff }: { slug: string; currency: string; zoneId: string; tariff: TariffView }) {
  const [busy, setBusy] = useState(false);
  const toggle = useRunAction({
    run: () => setTariffActiveAction(slug, { tariffId: tariff.id, isActive: !tariff.isActive }),
    successMessage: tariff.isActive ? `${tariff.name} deactivated` : `${tariff.name} is active again`,
    refresh: 'always',
  });
  const disabled = busy || toggle.pending;
  return (
    <div className="flex justify-end gap-1">
      <TariffDialog
        slug={slug}
        currency={currency}
        zoneId={zoneId}
        tariff={{ id: tariff.id, values: tariff.values }}
        trigger={
          <Button type="button" variant="ghost" size="sm" disabled={disabled} aria-label={`Edit ${tariff.name}`}>
            <Pencil aria-hidden="true" />
          </Button>
        }
      />
      <Button type="button" variant="ghost" size="sm" disabled={disabled} loading={toggle.pending} onClick={toggle.execute} aria-label={`${tariff.isActive ? 'Deactivate' : 'Activate'} ${tariff.name}`}>
        {!toggle.pending && <Power aria-hidden="true" />}
      </Button>
      <ConfirmActionButton
        trigger={(pending) => (
          <>
            {!pending && <Trash2 aria-hidden="true" />}
            <span className="sr-only">Delete {tariff.name}</span>
          </>
        )}
        triggerVariant="ghost-destructive"
        triggerSize="sm"
        disabled={disabled}
        onPendingChange={setBusy}
        title={`Delete ${tariff.name}?`}
        description="Shoppers will no longer be offered it. Orders already placed keep the cost they were charged."
        confirmLabel="Delete tariff"
        destructive
        run={() => deleteTariffAction(slug, { tariffId: tariff.id })}
        successMessage={`${tariff.name} deleted`}
        refresh="always"
      />
    </div>
  );
}
