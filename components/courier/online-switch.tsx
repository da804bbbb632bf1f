'use client';

import { useRunAction } from '@/components/forms/use-run-action';
import { Spinner } from '@/components/ui/spinner';
import { setOnlineAction } from '@/lib/courier/actions';
import type { CourierStatus } from '@/db/schema';
import { cn } from '@/lib/utils/cn';

const STATUS_TEXT: Record<CourierStatus, string> = {
  available: 'Online · the store can give you deliveries',
  busy: 'Online · busy with a delivery',
  offline: 'Offline · the store will not give you new deliveries',
};

/** The courier's online/offline switch: a big toggle with the current state in words. */
export function OnlineSwitch({ orgSlug, status, disabled }: { orgSlug: string; status: CourierStatus; disabled?: boolean }) {
  const online = status !== 'offline';
  const { pending, execute } = useRunAction({
    run: () => setOnlineAction(orgSlug, { online: !online }),
    successMessage: (data) => (data.status === 'offline' ? 'You are offline' : 'You are online'),
    refresh: 'always',
  });
  return (
    <div className="flex items-center justify-between gap-3 rounded-lg border bg-background p-3">
      <div className="flex min-w-0 flex-col">
        <span id="online-switch-label" className="font-medium">
          {online ? 'Online' : 'Offline'}
        </span>
        <span id="online-switch-description" className="text-sm text-muted-foreground">
          {STATUS_TEXT[status]}
        </span>
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={online}
        aria-labelledby="online-switch-label"
        aria-describedby="online-switch-description"
        aria-busy={pending || undefined}
        disabled={disabled || pending}
        onClick={execute}
        className={cn(
          'relative inline-flex h-12 w-20 shrink-0 items-center rounded-full border-2 border-transparent transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 disabled:opacity-50',
          online ? 'bg-success' : 'bg-muted-foreground/40',
        )}
      >
        <span
          aria-hidden="true"
          className={cn(
            'flex size-10 items-center justify-center rounded-full bg-background shadow transition-transform',
            online ? 'translate-x-8' : 'translate-x-0',
          )}
        >
          {pending && <Spinner label={null} />}
        </span>
      </button>
    </div>
  );
}
