'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Undo2 } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { refundOrderAction } from '@/lib/payments/refunds/actions';
import { RefundOrderInput } from '@/lib/payments/refunds/schemas';

export type RefundablePayment = {
  id: string;
  /** "Card · $40.00 paid", for the choice when there are several. */
  label: string;
  currency: string;
  /** What is left to give back, as the amount field shows it ("12.50"). */
  refundableDecimal: string;
  refundableText: string;
  /** Card refunds go through Stripe; cash and transfer ones are only recorded. */
  viaStripe: boolean;
};

type Props = { orgSlug: string; orderId: string; number: string; payments: RefundablePayment[] };

/** Gives money back on a received payment, in full (the default amount) or in part. */
export function RefundDialog({ orgSlug, orderId, number, payments }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline">
          <Undo2 aria-hidden="true" />
          Refund
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Refund order #{number}</DialogTitle>
          <DialogDescription>Refund all of what is left, or change the amount for a partial refund.</DialogDescription>
        </DialogHeader>
        {open && <RefundForm orgSlug={orgSlug} orderId={orderId} payments={payments} onDone={() => setOpen(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function RefundForm({ orgSlug, orderId, payments, onDone }: Omit<Props, 'number'> & { onDone: () => void }) {
  const router = useRouter();
  const first = payments[0]!;
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: RefundOrderInput,
    defaultValues: { orderId, paymentId: first.id, amount: first.refundableDecimal, reason: '' },
    action: (values) => refundOrderAction(orgSlug, values),
    successMessage: 'Refund recorded',
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const payment = payments.find((p) => p.id === form.watch('paymentId')) ?? first;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {payments.length > 1 && (
        <FormField id="refund-payment" label="Payment" error={errors.paymentId?.message}>
          <Select
            {...form.register('paymentId', {
              onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                const chosen = payments.find((p) => p.id === e.target.value);
                if (chosen) form.setValue('amount', chosen.refundableDecimal);
              },
            })}
          >
            {payments.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      <FormField
        id="refund-amount"
        label={`Amount (${payment.currency})`}
        required
        error={errors.amount?.message}
        description={`Up to ${payment.refundableText}.${payment.viaStripe ? ' Refunded to the card through Stripe.' : ' Recorded as given back in cash or by transfer.'}`}
      >
        <Input inputMode="decimal" autoComplete="off" autoFocus {...form.register('amount')} />
      </FormField>
      <FormField id="refund-reason" label="Reason" required error={errors.reason?.message} description="Kept with the refund in the order’s history.">
        <Textarea rows={3} maxLength={500} {...form.register('reason')} />
      </FormField>
      <FormError message={formError} />
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="destructive" loading={pending}>
          Refund
        </Button>
      </DialogFooter>
    </form>
  );
}
