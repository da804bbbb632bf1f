'use client';

import { useState } from 'react';
import Link from 'next/link';
import { Pencil, Power, Star } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button, buttonVariants } from '@/components/ui/button';
import { deactivateWarehouseAction, reactivateWarehouseAction, setDefaultWarehouseAction } from '@/lib/inventory/warehouses/actions';

type Props = { slug: string; warehouse: { id: string; name: string; isActive: boolean; isDefault: boolean; quantity: number } };

/** Edit, make default, deactivate (confirmed) or reactivate one warehouse. */
export function WarehouseActions({ slug, warehouse }: Props) {
  const [busy, setBusy] = useState(false);
  const { pending: defaulting, execute: makeDefault } = useRunAction({
    run: () => setDefaultWarehouseAction(slug, { warehouseId: warehouse.id }),
    successMessage: `${warehouse.name} is now the default warehouse`,
    refresh: 'always',
  });
  const { pending: reactivating, execute: reactivate } = useRunAction({
    run: () => reactivateWarehouseAction(slug, { warehouseId: warehouse.id }),
    successMessage: `${warehouse.name} is active again`,
    refresh: 'always',
  });
  const disabled = busy || defaulting || reactivating;
  const held = warehouse.quantity.toLocaleString('en');

  return (
    <div className="flex flex-wrap gap-2">
      <Link href={`/dashboard/${slug}/inventory/warehouses/${warehouse.id}`} className={buttonVariants({ variant: 'outline', size: 'sm' })} aria-label={`Edit ${warehouse.name}`}>
        <Pencil aria-hidden="true" />
        Edit
      </Link>
      {warehouse.isActive && !warehouse.isDefault && (
        <Button type="button" variant="outline" size="sm" loading={defaulting} disabled={disabled} onClick={makeDefault}>
          {!defaulting && <Star aria-hidden="true" />}
          Make default
        </Button>
      )}
      {!warehouse.isActive && (
        <Button type="button" variant="outline" size="sm" loading={reactivating} disabled={disabled} onClick={reactivate}>
          {!reactivating && <Power aria-hidden="true" />}
          Reactivate
        </Button>
      )}
      {warehouse.isActive && !warehouse.isDefault && (
        <ConfirmActionButton
          trigger={(pending) => (
            <>
              {!pending && <Power aria-hidden="true" />}
              Deactivate
            </>
          )}
          triggerVariant="ghost-destructive"
          triggerSize="sm"
          disabled={disabled}
          onPendingChange={setBusy}
          title={`Deactivate ${warehouse.name}?`}
          description={`It will take no new stock and no transfers until you reactivate it. It still holds ${held} units; its stock and history are kept.`}
          confirmLabel="Deactivate"
          destructive
          run={() => deactivateWarehouseAction(slug, { warehouseId: warehouse.id })}
          successMessage={`${warehouse.name} deactivated`}
          refresh="always"
        />
      )}
    </div>
  );
}
