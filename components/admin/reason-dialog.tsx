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
import { toast } from '@/components/ui/use-toast';
import { Reason } from '@/lib/admin/schemas';
import type { ActionResult } from '@/lib/server/action';

const ReasonInput = z.object({ reason: Reason });

type Props = {
  triggerLabel: string;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  reasonHint?: string;
  /** The server action, given the reason; the caller adds the id of what changes. */
  action: (reason: string) => Promise<ActionResult<{ changed: boolean }>>;
  successMessage: string;
  unchangedMessage: string;
  triggerSize?: 'sm' | 'default';
  /** The opening button; the confirm button is destructive when `destructive` is set. */
  triggerVariant?: 'outline' | 'destructive';
};

/** Confirms a back-office change that needs a reason (3–500 characters, stored in the audit log). */
export function ReasonDialog({ triggerLabel, title, description, confirmLabel, destructive, reasonHint, action, successMessage, unchangedMessage, triggerSize = 'default', triggerVariant }: Props) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ReasonInput,
    defaultValues: { reason: '' },
    action: (values) => action(values.reason),
    onSuccess: (result) => {
      toast({ title: result.changed ? successMessage : unchangedMessage, variant: result.changed ? 'success' : 'default' });
      setOpen(false);
      form.reset();
      router.refresh();
    },
  });

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) form.reset();
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant={triggerVariant ?? (destructive ? 'destructive' : 'outline')} size={triggerSize}>
          {triggerLabel}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <AlertDialogHeader>
            <AlertDialogTitle>{title}</AlertDialogTitle>
            <AlertDialogDescription>{description}</AlertDialogDescription>
          </AlertDialogHeader>
          <FormError message={formError} />
          <FormField id="reason" label="Reason" required description={reasonHint ?? 'Recorded in the audit log.'} error={form.formState.errors.reason?.message}>
            <Textarea rows={3} maxLength={500} {...form.register('reason')} />
          </FormField>
          <AlertDialogFooter>
            <AlertDialogCancel type="button">Cancel</AlertDialogCancel>
            <Button type="submit" variant={destructive ? 'destructive' : 'default'} loading={pending}>
              {confirmLabel}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
