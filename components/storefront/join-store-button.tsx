'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import type { ActionResult } from '@/lib/server/action';

/** For a signed-in account that is not yet a customer here (joinStoreAction bound to the site). */
export function JoinStoreButton({ action, storeName }: { action: (input: Record<string, never>) => Promise<ActionResult<unknown>>; storeName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <Button
        loading={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action({});
            if (result.error) return setError(result.error.message);
            toast({ title: `You are now a customer of ${storeName}.`, variant: 'success' });
            router.refresh();
          })
        }
      >
        Become a customer of {storeName}
      </Button>
      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
