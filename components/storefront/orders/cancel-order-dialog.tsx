'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError } from '@/components/forms/form-error';
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import type { ActionResult } from '@/lib/server/action';

const CancelReason = z.object({ reason: z.string().trim().max(500, 'Use at most 500 characters.') });

type Props = {
  orderNumber: string;
  paid: boolean;
  /** cancelShopperOrderAction bound to the site and this order's access. */
  action: (reason: string) => Promise<ActionResult<unknown>>;
};

/** Asks before cancelling; the reason is optional (it helps the store, but nobody must explain a change of mind). */
export function CancelOrderDialog({ orderNumber, paid, action }: Props) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: CancelReason,
    defaultValues: { reason: '' },
    action: (values) => action(values.reason),
    successMessage: `Order ${orderNumber} is cancelled.`,
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="outline">Cancel order</Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <AlertDialogHeader>
            <AlertDialogTitle>Cancel order {orderNumber}?</AlertDialogTitle>
            <AlertDialogDescription>
              The items go back on sale and the order cannot be restored.{paid ? ' The store refunds what you paid.' : ''}
            </AlertDialogDescription>
          </AlertDialogHeader>
          <FormError message={formError} />
          <FormField id="cancel-reason" label="Reason (optional)" description="Tell the store why, if you like." error={form.formState.errors.reason?.message}>
            <Textarea rows={3} maxLength={500} {...form.register('reason')} />
          </FormField>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Keep the order</AlertDialogCancel>
            <Button type="submit" variant="destructive" loading={pending}>
              Cancel order
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
