import { Check } from 'lucide-react';
import type { DeliveryStatus } from '@/db/schema/delivery/deliveries';
import { TRACKING_STEP_LABELS, TRACKING_STEPS } from '@/lib/storefront/tracking/labels';
import { cn } from '@/lib/utils/cn';

/** Preparing → picking up → on the way → delivered, with the current step marked. Not shown for returned or cancelled. */
export function DeliveryProgress({ status }: { status: DeliveryStatus }) {
  const current = (TRACKING_STEPS as readonly DeliveryStatus[]).indexOf(status);
  if (current < 0) return null;
  return (
    <ol aria-label="Delivery progress" className="grid grid-cols-4 gap-2">
      {TRACKING_STEPS.map((step, i) => {
        const done = i < current || status === 'delivered';
        const isCurrent = i === current;
        return (
          <li key={step} aria-current={isCurrent ? 'step' : undefined} className="flex flex-col gap-2">
            <span aria-hidden="true" className={cn('h-1.5 rounded-full', i <= current ? 'bg-primary' : 'bg-muted')} />
            <span className={cn('flex items-center gap-1 text-xs sm:text-sm', isCurrent ? 'font-semibold' : 'text-muted-foreground')}>
              {done && <Check aria-hidden="true" className="size-3.5 shrink-0 text-primary" />}
              {TRACKING_STEP_LABELS[step]}
              <span className="sr-only">{done ? ' (done)' : isCurrent ? ' (current step)' : ' (to come)'}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
