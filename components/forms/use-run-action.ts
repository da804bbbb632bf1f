'use client';

import { createElement, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { PlanLimitLink } from '@/components/plans/plan-limit-link';
import { isPlanLimitError, rememberPlanLimit } from '@/components/plans/plan-limit-messages';
import { planSettingsHref } from '@/components/plans/plan-settings-href';
import { toast } from '@/components/ui/use-toast';
import type { ActionError, ActionResult } from '@/lib/server/action';

export type RunActionOptions<T> = {
  /** The server action, already bound to its org and ids. */
  run: () => Promise<ActionResult<T>>;
  /** The success toast; `null` (or none) shows none. */
  successMessage?: string | null | ((data: T) => string | null);
  /** `router.refresh()` after a success, or after either outcome (a refusal can mean the row changed meanwhile). */
  refresh?: 'success' | 'always';
  /** Runs after a success, after its toast (e.g. keep the result, or navigate away). */
  onDone?: (data: T) => void;
  /** Handles a refusal instead of the error toast, e.g. to show it next to the button. */
  onError?: (error: ActionError) => void;
  /** Runs after either outcome (e.g. close the dialog that asked). */
  onSettled?: () => void;
};

/**
 * Runs a server action from a button: `pending` while it runs, a toast for the outcome, and an
 * optional refresh. What follows the action (callbacks, refresh) runs in a transition of its own,
 * since state set after an `await` is not part of the first one: that way `pending` lasts until
 * the refreshed page is in, and state the callbacks change (a closed dialog, a cleared choice)
 * changes together with it instead of flashing the old data first.
 */
export function useRunAction<T>(options: RunActionOptions<T>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { run, successMessage, refresh, onDone, onError, onSettled } = options;

  const execute = () =>
    startTransition(async () => {
      const result = await run();
      startTransition(() => {
        if (result.error) {
          rememberPlanLimit(result.error); // an onError that shows it in a <FormError> gets the link too
          if (onError) onError(result.error);
          else toast(errorToast(result.error, window.location.pathname));
        } else {
          const message = typeof successMessage === 'function' ? successMessage(result.data) : successMessage;
          if (message) toast({ title: message, variant: 'success' });
          onDone?.(result.data);
        }
        if (refresh === 'always' || (refresh === 'success' && !result.error)) router.refresh();
        onSettled?.();
      });
    });

  return { pending, execute };
}

/** The refusal's toast; a plan limit links to the plans page and stays long enough to reach that link. */
function errorToast(error: ActionError, pathname: string | null) {
  const plansHref = isPlanLimitError(error) ? planSettingsHref(pathname) : null;
  if (!plansHref) return { title: error.message, variant: 'destructive' as const };
  return { title: error.message, description: createElement(PlanLimitLink, { href: plansHref, className: 'text-foreground' }), variant: 'destructive' as const, duration: 15_000 };
}
