'use client';

import { CircleAlert } from 'lucide-react';
import { PlanLimitLinkHere } from '@/components/plans/plan-limit-link';
import { isPlanLimitMessage } from '@/components/plans/plan-limit-messages';
import { Alert, AlertDescription } from '@/components/ui/alert';

/**
 * A form-level error (rate limited, disabled account, expired link), announced to screen readers.
 * A plan limit also links to the organization's plans and usage.
 */
export function FormError({ message, className }: { message: string | null; className?: string }) {
  if (!message) return null;
  return (
    <Alert variant="destructive" role="alert" className={className}>
      <CircleAlert aria-hidden="true" />
      <AlertDescription>
        {message}
        {isPlanLimitMessage(message) && <PlanLimitLinkHere />}
      </AlertDescription>
    </Alert>
  );
}
