'use client';

import { useState } from 'react';
import { ArrowDown, ArrowUp, Power, Trash2 } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { deleteZoneAction, moveZoneAction, setZoneActiveAction } from '@/lib/delivery/zones/actions';

type Props = {
  slug: string;
  zone: { id: string; name: string; isActive: boolean; tariffs: number };
  isFirst: boolean;
  isLast: boolean;
};

/** Move up/down in the matching order, switch on/off, delete (confirmed). */
export function ZoneRowActions({ slug, zone, isFirst, isLast }: Props) {
  const [busy, setBusy] = useState(false);
  const up = useRunAction({ run: () => moveZoneAction(slug, { zoneId: zone.id, direction: 'up' }), refresh: 'always' });
  const down = useRunAction({ run: () => moveZoneAction(slug, { zoneId: zone.id, direction: 'down' }), refresh: 'always' });
  const toggle = useRunAction({
    run: () => setZoneActiveAction(slug, { zoneId: zone.id, isActive: !zone.isActive }),
    successMessage: zone.isActive ? `${zone.name} deactivated` : `${zone.name} is active again`,
    refresh: 'always',
  });
  const disabled = busy || up.pending || down.pending || toggle.pending;

  return (
    <div className="flex flex-wrap items-center justify-end gap-1">
      <Button type="button" variant="ghost" size="icon" aria-label={`Move ${zone.name} up`} disabled={disabled || isFirst} loading={up.pending} onClick={up.execute}>
        {!up.pending && <ArrowUp aria-hidden="true" />}
      </Button>
      <Button type="button" variant="ghost" size="icon" aria-label={`Move ${zone.name} down`} disabled={disabled || isLast} loading={down.pending} onClick={down.execute}>
        {!down.pending && <ArrowDown aria-hidden="true" />}
      </Button>
      <Button type="button" variant="outline" size="sm" disabled={disabled} loading={toggle.pending} onClick={toggle.execute}>
        {!toggle.pending && <Power aria-hidden="true" />}
        {zone.isActive ? 'Deactivate' : 'Activate'}
      </Button>
      <ConfirmActionButton
        trigger={(pending) => (
          <>
            {!pending && <Trash2 aria-hidden="true" />}
            <span className="sr-only sm:not-sr-only">Delete</span>
          </>
        )}
        triggerVariant="ghost-destructive"
        triggerSize="sm"
        disabled={disabled}
        onPendingChange={setBusy}
        title={`Delete ${zone.name}?`}
        description={`Shoppers in this zone will no longer be offered delivery${zone.tariffs > 0 ? `, and its ${zone.tariffs} tariff${zone.tariffs === 1 ? '' : 's'} go with it` : ''}. Orders already placed keep their delivery details.`}
        confirmLabel="Delete zone"
        destructive
        run={() => deleteZoneAction(slug, { zoneId: zone.id })}
        successMessage={`${zone.name} deleted`}
        refresh="always"
      />
    </div>
  );
}
