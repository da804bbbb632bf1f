'use client';

import { useRouter } from 'next/navigation';
import { HandPlatter } from 'lucide-react';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { claimDeliveryAction } from '@/lib/courier/actions';

/**
 * "Take it": the delivery becomes the courier's; if someone was quicker, the list refreshes with
 * the reason. `what` names the delivery for screen readers ("the delivery to Chilanzar, order 4F7K2Q").
 */
export function ClaimButton({ orgSlug, deliveryId, what }: { orgSlug: string; deliveryId: string; what: string }) {
  const router = useRouter();
  const { pending, execute } = useRunAction({
    run: () => claimDeliveryAction(orgSlug, { deliveryId }),
    successMessage: (data) => `Delivery ${data.trackingNumber} is yours`,
    refresh: 'always',
    onDone: (data) => router.push(`/courier/${orgSlug}/deliveries/${data.id}`),
  });
  return (
    <Button type="button" size="lg" className="h-12 w-full" loading={pending} onClick={execute}>
      {!pending && <HandPlatter aria-hidden="true" />}
      Take it<span className="sr-only">: {what}</span>
    </Button>
  );
}
