'use client';

import { useRouter } from 'next/navigation';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { removeStripeAccountAction } from '@/lib/payments/settings/actions';

export function RemoveStripeButton({ slug }: { slug: string }) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      trigger="Remove Stripe"
      triggerVariant="ghost-destructive"
      title="Remove your Stripe account?"
      description="Card payments are turned off and the saved keys are deleted. Card orders still awaiting payment can no longer be confirmed automatically, and card refunds must then be made in Stripe."
      confirmLabel="Remove Stripe"
      pendingLabel="Removing…"
      destructive
      run={() => removeStripeAccountAction(slug, {})}
      successMessage="Stripe removed"
      onDone={() => router.refresh()}
    />
  );
}
