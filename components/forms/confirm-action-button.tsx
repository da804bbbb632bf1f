'use client';

import { useEffect, useState } from 'react';
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
import type { ActionResult } from '@/lib/server/action';
import { useRunAction } from './use-run-action';

type CommonProps<T> = {
  title: React.ReactNode;
  description: React.ReactNode;
  confirmLabel: string;
  destructive?: boolean;
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

/** A button that opens the dialog (uncontrolled). */
type TriggerProps = {
  /** The trigger's content; a function gets `pending` (e.g. to hide an icon while the spinner shows). */
  trigger: React.ReactNode | ((pending: boolean) => React.ReactNode);
  triggerVariant?: ButtonProps['variant'];
  triggerSize?: ButtonProps['size'];
  /** Disables the trigger, e.g. while a sibling action runs. */
  disabled?: boolean;
  /**
   * When set, the dialog stays open while `run` is pending (its buttons disabled, the confirm
   * button reading this) and closes once it settles. Otherwise it closes at once and the
   * trigger shows the loading state.
   */
  pendingLabel?: string;
  open?: never;
  onOpenChange?: never;
  returnFocusTo?: never;
};

/**
 * No trigger: the parent opens the dialog (e.g. when a select changes) and hears when it closes.
 * With no trigger to show the loading state, the dialog always stays open while `run` is pending.
 */
type ControlledProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  pendingLabel: string;
  /** Where focus goes when the dialog closes (there is no trigger to go back to). */
  returnFocusTo?: React.RefObject<HTMLElement | null>;
  trigger?: never;
};

/** Asks for confirmation, then runs a server action and reports the outcome in a toast. */
export function ConfirmActionButton<T>(props: CommonProps<T> & (TriggerProps | ControlledProps)) {
  const { title, description, confirmLabel, destructive, pendingLabel, run, successMessage, refresh, onDone, onPendingChange } = props;
  const [ownOpen, setOwnOpen] = useState(false);
  const open = props.open ?? ownOpen;
  const setOpen = props.open !== undefined ? props.onOpenChange : setOwnOpen;
  const returnFocusTo = props.open !== undefined ? props.returnFocusTo : undefined;
  const staysOpen = pendingLabel !== undefined;
  const { pending, execute } = useRunAction({
    run,
    successMessage,
    refresh,
    onDone,
    // Together with the refresh or navigation, not before it.
    onSettled: staysOpen ? () => setOpen(false) : undefined,
  });
  const locked = staysOpen && pending;

  // Also reports the end when this unmounts mid-action (e.g. the refresh removed what it acted on).
  useEffect(() => {
    if (!pending || !onPendingChange) return;
    onPendingChange(true);
    return () => onPendingChange(false);
  }, [onPendingChange, pending]);

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (next || !locked) setOpen(next);
      }}
    >
      {props.open === undefined && (
        <AlertDialogTrigger asChild>
          <Button
            type="button"
            variant={props.triggerVariant ?? 'outline'}
            size={props.triggerSize}
            disabled={props.disabled}
            loading={pending}
          >
            {typeof props.trigger === 'function' ? props.trigger(pending) : props.trigger}
          </Button>
        </AlertDialogTrigger>
      )}
      <AlertDialogContent
        onCloseAutoFocus={
          returnFocusTo
            ? (event) => {
                event.preventDefault();
                returnFocusTo.current?.focus();
              }
            : undefined
        }
      >
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={locked}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant={destructive ? 'destructive' : 'default'}
            disabled={locked}
            onClick={(event) => {
              if (staysOpen) event.preventDefault();
              execute();
            }}
          >
            {locked ? pendingLabel : confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
