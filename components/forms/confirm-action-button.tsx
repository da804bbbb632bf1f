'use client';

import { useEffect, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button, type ButtonProps } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import type { ActionResult } from '@/lib/server/action';

type Props<T> = {
  /** The trigger's content; a function gets `pending` (e.g. to hide an icon while the spinner shows). */
  trigger: React.ReactNode | ((pending: boolean) => React.ReactNode);
  triggerVariant?: ButtonProps['variant'];
  triggerSize?: ButtonProps['size'];
  triggerClassName?: string;
  /** Disables the trigger, e.g. while a sibling action runs. */
  disabled?: boolean;
  title: React.ReactNode;
  description: React.ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  /**
   * When set, the dialog stays open while `run` is pending (its buttons disabled, the confirm
   * button reading this) and closes once it settles. Otherwise it closes at once and the
   * trigger shows the loading state.
   */
  pendingLabel?: string;
  /** The server action, already bound to its org and ids. */
  run: () => Promise<ActionResult<T>>;
  /** The success toast; `null` shows none. Errors always toast their message. */
  successMessage: string | ((data: T) => string | null);
  /** `router.refresh()` after a success, or after either outcome (a refusal can mean the row changed meanwhile). */
  refresh?: 'success' | 'always';
  /** Runs after a success, after its toast (e.g. navigate away). */
  onDone?: (data: T) => void;
  /** Lets the parent disable sibling controls while this runs. */
  onPendingChange?: (pending: boolean) => void;
};

/** A button that asks for confirmation, then runs a server action and reports the outcome in a toast. */
export function ConfirmActionButton<T>({
  trigger,
  triggerVariant = 'outline',
  triggerSize,
  triggerClassName,
  disabled,
  title,
  description,
  confirmLabel,
  destructive,
  pendingLabel,
  run,
  successMessage,
  refresh,
  onDone,
  onPendingChange,
}: Props<T>) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const staysOpen = pendingLabel !== undefined;

  // Also reports the end when this unmounts mid-action (e.g. the refresh removed what it acted on).
  useEffect(() => {
    if (!pending || !onPendingChange) return;
    onPendingChange(true);
    return () => onPendingChange(false);
  }, [onPendingChange, pending]);

  const confirm = () =>
    startTransition(async () => {
      const result = await run();
      if (result.error) {
        toast({ title: result.error.message, variant: 'destructive' });
      } else {
        const message = typeof successMessage === 'function' ? successMessage(result.data) : successMessage;
        if (message !== null) toast({ title: message, variant: 'success' });
        onDone?.(result.data);
      }
      if (refresh === 'always' || (refresh === 'success' && !result.error)) router.refresh();
      // As part of the transition, so the dialog closes together with the refresh or navigation, not before it.
      if (staysOpen) startTransition(() => setOpen(false));
    });

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button type="button" variant={triggerVariant} size={triggerSize} className={triggerClassName} disabled={disabled} loading={pending}>
          {typeof trigger === 'function' ? trigger(pending) : trigger}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={staysOpen && pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant={destructive ? 'destructive' : 'default'}
            disabled={staysOpen && pending}
            onClick={(event) => {
              if (staysOpen) event.preventDefault();
              confirm();
            }}
          >
            {staysOpen && pending ? pendingLabel : confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
