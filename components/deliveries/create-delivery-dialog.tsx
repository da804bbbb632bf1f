'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Truck } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { createDeliveryAction } from '@/lib/delivery/deliveries-admin/actions';
import { CreateDeliveryInput, MAX_INSTRUCTIONS_LENGTH } from '@/lib/delivery/deliveries-admin/schemas';

type Props = {
  orgSlug: string;
  orderId: string;
  number: string;
  /** Active couriers to give it to at once (optional). */
  couriers: { id: string; name: string }[];
};

/** Opens the order's delivery by hand, with instructions for the courier and, if chosen, its courier. */
export function CreateDeliveryDialog({ orgSlug, orderId, number, couriers }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" className="w-fit">
          <Truck aria-hidden="true" />
          Create delivery
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Create a delivery for order #{number}</DialogTitle>
          <DialogDescription>It gets a tracking number and the order’s address and items. You can assign a courier now or later.</DialogDescription>
        </DialogHeader>
        {open && <CreateDeliveryForm orgSlug={orgSlug} orderId={orderId} couriers={couriers} onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function CreateDeliveryForm({ orgSlug, orderId, couriers, onDone }: Omit<Props, 'number'> & { onDone: () => void }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: CreateDeliveryInput,
    defaultValues: { orderId, specialInstructions: '', courierId: '' },
    action: (values) => createDeliveryAction(orgSlug, values),
    successMessage: 'Delivery created',
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormField id="delivery-instructions" label="Special instructions (optional)" description="For the courier, e.g. “Call on arrival”. Empty: the shopper’s own note." error={errors.specialInstructions?.message}>
        <Textarea rows={3} maxLength={MAX_INSTRUCTIONS_LENGTH} autoFocus {...form.register('specialInstructions')} />
      </FormField>
      <FormField id="delivery-courier" label="Courier (optional)" error={errors.courierId?.message}>
        <Select {...form.register('courierId')}>
          <option value="">Assign later</option>
          {couriers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </FormField>
      <FormError message={formError} />
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          Create delivery
        </Button>
      </DialogFooter>
    </form>
  );
}
