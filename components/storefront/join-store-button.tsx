'use client';

import { useState } from 'react';
import { FormError } from '@/components/forms/form-error';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/server/action';

/** For a signed-in account that is not yet a customer here (joinStoreAction bound to the site). */
export function JoinStoreButton({ action, storeName }: { action: (input: Record<string, never>) => Promise<ActionResult<unknown>>; storeName: string }) {
  const [error, setError] = useState<string | null>(null);
  const { pending, execute } = useRunAction({
    run: () => action({}),
    successMessage: `You are now a customer of ${storeName}.`,
    onError: (e) => setError(e.message),
    refresh: 'success',
  });
  return (
    <div className="flex flex-col gap-2">
      <Button
        loading={pending}
        onClick={() => {
          setError(null);
          execute();
        }}
      >
        Become a customer of {storeName}
      </Button>
      <FormError message={error} />
    </div>
  );
}
