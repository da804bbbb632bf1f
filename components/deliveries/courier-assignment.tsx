'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { UserRoundPlus } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormField, FormFieldset } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { COURIER_STATUS_LABELS, type CourierStatusValue } from '@/lib/delivery/couriers-admin/labels';
import { assignDeliveryCourierAction } from '@/lib/delivery/deliveries-admin/actions';
import { AssignCourierForm } from '@/lib/delivery/deliveries-admin/schemas';
import { formatDistance } from '@/lib/delivery/deliveries/geo';
import { cn } from '@/lib/utils/cn';

export type CourierPickOption = {
  courierId: string;
  name: string;
  status: CourierStatusValue;
  /** null for offline couriers (not suggested, still assignable). */
  activeCount: number | null;
  distanceKm: number | null;
  suggested: boolean;
};

type Props = {
  orgSlug: string;
  deliveryId: string;
  trackingNumber: string;
  current: { id: string; name: string } | null;
  options: CourierPickOption[];
};

/** Assign, reassign or take back the delivery; the picker lists the suggested couriers first. */
export function CourierAssignment({ orgSlug, deliveryId, trackingNumber, current, options }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex flex-wrap gap-2">
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button type="button" variant={current ? 'outline' : 'default'}>
            <UserRoundPlus aria-hidden="true" />
            {current ? 'Reassign' : 'Assign a courier'}
          </Button>
        </DialogTrigger>
        <DialogContent className="max-w-xl">
          <DialogHeader>
            <DialogTitle>{current ? `Reassign ${trackingNumber}` : `Assign ${trackingNumber}`}</DialogTitle>
            <DialogDescription>Suggested: the closest couriers to the pick-up point, counting each delivery they already have as 3 km more.</DialogDescription>
          </DialogHeader>
          {open && <PickerForm orgSlug={orgSlug} deliveryId={deliveryId} current={current} options={options} onDone={() => setOpen(false)} />}
        </DialogContent>
      </Dialog>
      {current && (
        <ConfirmActionButton
          trigger="Unassign"
          triggerVariant="ghost-destructive"
          title={`Take ${trackingNumber} back from ${current.name}?`}
          description="It goes back to pending with no courier, and disappears from their list."
          confirmLabel="Unassign"
          destructive
          pendingLabel="Unassigning…"
          run={() => assignDeliveryCourierAction(orgSlug, { deliveryId, courierId: null, expectedCourierId: current.id, reason: null })}
          successMessage={`${trackingNumber} unassigned`}
          refresh="always"
        />
      )}
    </div>
  );
}

function PickerForm({ orgSlug, deliveryId, current, options, onDone }: Omit<Props, 'trackingNumber'> & { onDone: () => void }) {
  const router = useRouter();
  const firstChoice = options.find((o) => o.courierId !== current?.id)?.courierId ?? '';
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: AssignCourierForm,
    defaultValues: { deliveryId, expectedCourierId: current?.id ?? null, courierId: firstChoice, reason: '' },
    action: (values) => assignDeliveryCourierAction(orgSlug, values),
    successMessage: current ? 'Courier changed' : 'Courier assigned',
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const chosen = form.watch('courierId');
  const errors = form.formState.errors;

  if (options.length === 0) {
    return <p className="text-sm text-muted-foreground">No active couriers yet. Invite team members with the courier role, then assign them here.</p>;
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormFieldset id="assign-courier" legend="Courier" required error={errors.courierId?.message}>
        {(control) => (
          <ul className="flex max-h-80 flex-col gap-2 overflow-y-auto">
            {options.map((o) => (
              <li key={o.courierId}>
                <label
                  className={cn(
                    'flex cursor-pointer items-start gap-3 rounded-lg border p-3 text-sm transition-colors hover:bg-accent/60 has-focus-visible:outline-2 has-focus-visible:outline-ring',
                    chosen === o.courierId && 'border-primary bg-primary/5 ring-1 ring-primary',
                  )}
                >
                  <input type="radio" value={o.courierId} className="mt-1 size-4 accent-primary" {...control} {...form.register('courierId')} />
                  <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                    <span className="flex flex-wrap items-center gap-2 font-medium">
                      {o.name}
                      {o.suggested && <Badge variant="success">Suggested</Badge>}
                      {o.courierId === current?.id && <Badge variant="outline">Has it now</Badge>}
                    </span>
                    <span className="text-muted-foreground">
                      {COURIER_STATUS_LABELS[o.status]}
                      {o.activeCount !== null && ` · ${o.activeCount} open ${o.activeCount === 1 ? 'delivery' : 'deliveries'}`}
                      {o.activeCount !== null && ` · ${o.distanceKm === null ? 'position unknown' : `${formatDistance(o.distanceKm)} from pick-up`}`}
                      {o.activeCount === null && ' · sees it when they go online'}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </FormFieldset>
      {current && (
        <FormField id="assign-reason" label="Reason (optional)" description="Kept in the delivery’s history." error={errors.reason?.message}>
          <Textarea rows={2} maxLength={500} {...form.register('reason')} />
        </FormField>
      )}
      <FormError message={formError} />
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          {current ? 'Reassign' : 'Assign'}
        </Button>
      </DialogFooter>
    </form>
  );
}
