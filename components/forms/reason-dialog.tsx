'use client';

import { useId, useState } from 'react';
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

const RequiredReasonInput = z.object({ reason: Reason });
const OptionalReasonInput = z.object({ reason: z.string().trim().max(500, 'Use at most 500 characters.') });

type Props = {
  triggerLabel: string;
  title: React.ReactNode;
  description: React.ReactNode;
  confirmLabel: string;
  /** The button that closes the dialog without acting. */
  cancelLabel?: string;
  destructive?: boolean;
  /** The reason may be left empty (at most 500 characters); otherwise 3–500 characters are required. */
  reasonOptional?: boolean;
  reasonHint?: string;
  /** The server action, given the reason (empty when an optional one is left out); the caller adds the id of what changes. */
  action: (reason: string) => Promise<ActionResult<unknown>>;
  successMessage: string;
  /** Shown instead of `successMessage` when the action answers `{ changed: false }`. */
  unchangedMessage?: string;
  triggerSize?: 'sm' | 'default';
  /** The opening button; the confirm button is destructive when `destructive` is set. */
  triggerVariant?: 'outline' | 'destructive';
};

const unchanged = (data: unknown) => typeof data === 'object' && data !== null && 'changed' in data && data.changed === false;

/** Confirms a change with a reason typed in the dialog; stays open (and cannot be closed) while the action runs. */
export function ReasonDialog({
  triggerLabel,
  title,
  description,
  confirmLabel,
  cancelLabel = 'Cancel',
  destructive,
  reasonOptional,
  reasonHint,
  action,
  successMessage,
  unchangedMessage,
  triggerSize = 'default',
  triggerVariant,
}: Props) {
  const [open, setOpen] = useState(false);
  const fieldId = useId();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: reasonOptional ? OptionalReasonInput : RequiredReasonInput,
    defaultValues: { reason: '' },
    action: (values) => action(values.reason),
    onSuccess: (data) => {
      const nothingChanged = unchangedMessage !== undefined && unchanged(data);
      toast({ title: nothingChanged ? unchangedMessage : successMessage, variant: nothingChanged ? 'default' : 'success' });
      setOpen(false);
      form.reset();
      router.refresh();
    },
  });

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
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
          <FormField
            id={fieldId}
            label={reasonOptional ? 'Reason (optional)' : 'Reason'}
            required={!reasonOptional}
            description={reasonHint ?? 'Recorded in the audit log.'}
            error={form.formState.errors.reason?.message}
          >
            <Textarea rows={3} maxLength={500} {...form.register('reason')} />
          </FormField>
          <AlertDialogFooter>
            <AlertDialogCancel type="button" disabled={pending}>
              {cancelLabel}
            </AlertDialogCancel>
            <Button type="submit" variant={destructive ? 'destructive' : 'default'} loading={pending}>
              {confirmLabel}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
