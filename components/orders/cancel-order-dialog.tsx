'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { XCircle } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { updateOrderStatusAction } from '@/lib/orders/actions';
import { UpdateOrderStatusInput } from '@/lib/orders/schemas';
import type { OrderStatusValue } from '@/lib/orders/transitions';

type Props = {
  orgSlug: string;
  orderId: string;
  number: string;
  status: OrderStatusValue;
  /** Money was taken: cancelling does not give it back by itself. */
  moneyTaken: boolean;
  disabled?: boolean;
};

/** Cancel with a reason (kept in the timeline and sent to the shopper). */
export function CancelOrderDialog({ orgSlug, orderId, number, status, moneyTaken, disabled }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="ghost-destructive" disabled={disabled}>
          <XCircle aria-hidden="true" />
          Cancel order
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Cancel order #{number}?</DialogTitle>
          <DialogDescription>
            The stock held for it goes back on sale and the shopper gets an email with your reason.
            {moneyTaken && ' The payment is not refunded by this: use Refund to give the money back.'}
          </DialogDescription>
        </DialogHeader>
        {open && <CancelOrderForm orgSlug={orgSlug} orderId={orderId} status={status} onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function CancelOrderForm({ orgSlug, orderId, status, onDone }: { orgSlug: string; orderId: string; status: OrderStatusValue; onDone: () => void }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: UpdateOrderStatusInput,
    defaultValues: { orderId, to: 'cancelled', expectedFrom: status, reason: '' },
    action: (values) => updateOrderStatusAction(orgSlug, values),
    successMessage: 'Order cancelled',
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormField id="cancel-reason" label="Reason" required error={form.formState.errors.reason?.message} description="The shopper sees this in the email.">
        {/* The one thing to do here, so it takes the focus when the dialog opens. */}
        <Textarea rows={3} autoFocus maxLength={500} {...form.register('reason')} />
      </FormField>
      <FormError message={formError} />
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone} disabled={pending}>
          Keep the order
        </Button>
        <Button type="submit" variant="destructive" loading={pending}>
          Cancel order
        </Button>
      </DialogFooter>
    </form>
  );
}
