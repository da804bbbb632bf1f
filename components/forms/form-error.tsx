'use client';

import { CircleAlert } from 'lucide-react';
import { usePathname } from 'next/navigation';
import { PlanLimitLink } from '@/components/plans/plan-limit-link';
import { isPlanLimitMessage } from '@/components/plans/plan-limit-messages';
import { planSettingsHref } from '@/components/plans/plan-settings-href';
import { Alert, AlertDescription } from '@/components/ui/alert';

/**
 * A form-level error (rate limited, disabled account, expired link), announced to screen readers.
 * A plan limit also links to the organization's plans and usage.
 */
export function FormError({ message, className }: { message: string | null; className?: string }) {
  const pathname = usePathname();
  if (!message) return null;
  const plansHref = isPlanLimitMessage(message) ? planSettingsHref(pathname) : null;
  return (
    <Alert variant="destructive" role="alert" className={className}>
      <CircleAlert aria-hidden="true" />
      <AlertDescription>
        {message}
        {plansHref && (
          <>
            {' '}
            <PlanLimitLink href={plansHref} />
          </>
        )}
      </AlertDescription>
    </Alert>
  );
}
