'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { LucideIcon } from 'lucide-react';
import { FormError } from '@/components/forms/form-error';
import { useActionForm } from '@/components/forms/use-action-form';
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
import { FailAttemptInput } from '@/lib/courier/schemas';
import type { ActionResult } from '@/lib/server/action';
import { currentLocation } from './current-location';

const ReasonInput = FailAttemptInput.pick({ reason: true });

type Props = {
  triggerLabel: string;
  icon: LucideIcon;
  title: string;
  description: string;
  confirmLabel: string;
  destructive?: boolean;
  /** Quick answers the courier can tap instead of typing. */
  suggestions: readonly string[];
  action: (reason: string, location: { latitude: number; longitude: number } | null) => Promise<ActionResult<unknown>>;
  successMessage: string;
  onDone?: () => void;
};

/** A big button that asks why (typed, or one tap on a common reason), then runs the action with the phone's position. */
export function CourierReasonDialog(props: Props) {
  const [open, setOpen] = useState(false);
  const fieldId = useId();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ReasonInput,
    defaultValues: { reason: '' },
    action: async ({ reason }) => props.action(reason, await currentLocation()),
    onSuccess: () => {
      toast({ title: props.successMessage, variant: 'success' });
      setOpen(false);
      form.reset();
      if (props.onDone) props.onDone();
      else router.refresh();
    },
  });
  const Icon = props.icon;

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
        <Button variant={props.destructive ? 'ghost-destructive' : 'outline'} size="lg" className="h-12 w-full">
          <Icon aria-hidden="true" />
          {props.triggerLabel}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <AlertDialogHeader>
            <AlertDialogTitle>{props.title}</AlertDialogTitle>
            <AlertDialogDescription>{props.description}</AlertDialogDescription>
          </AlertDialogHeader>
          <FormError message={formError} />
          <div className="flex flex-wrap gap-2" role="group" aria-label="Common reasons">
            {props.suggestions.map((s) => (
              <Button
                key={s}
                type="button"
                variant="secondary"
                className="h-12"
                onClick={() => form.setValue('reason', s, { shouldValidate: form.formState.isSubmitted })}
              >
                {s}
              </Button>
            ))}
          </div>
          <FormField id={fieldId} label="Reason" required description="The store sees this reason." error={form.formState.errors.reason?.message}>
            <Textarea rows={3} maxLength={500} {...form.register('reason')} />
          </FormField>
          <AlertDialogFooter className="gap-2">
            <AlertDialogCancel type="button" disabled={pending} className="h-12">
              Cancel
            </AlertDialogCancel>
            <Button type="submit" size="lg" className="h-12" variant={props.destructive ? 'destructive' : 'default'} loading={pending}>
              {props.confirmLabel}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
