'use client';

import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/server/action';
import { useRunAction } from './use-run-action';

type Props = {
  label: string;
  primary: boolean;
  /** Another move of the same row is running. */
  disabled: boolean;
  onPendingChange: (pending: boolean) => void;
  run: () => Promise<ActionResult<unknown>>;
  done: string;
};

/** One status move (of an order, a delivery) as a button; the page refreshes either way. */
export function StatusMoveButton({ label, primary, disabled, onPendingChange, run, done }: Props) {
  const { pending, execute } = useRunAction({
    run: async () => {
      onPendingChange(true);
      try {
        return await run();
      } finally {
        onPendingChange(false);
      }
    },
    successMessage: done,
    // A refusal usually means the row moved meanwhile: show where it is now.
    refresh: 'always',
  });
  return (
    <Button type="button" variant={primary ? 'default' : 'outline'} loading={pending} disabled={disabled && !pending} onClick={execute}>
      {label}
    </Button>
  );
}
