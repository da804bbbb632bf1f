'use client';

import { useRouter } from 'next/navigation';
import { Navigation, PackageOpen, TriangleAlert, Undo2 } from 'lucide-react';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { failAttemptAction, pickUpDeliveryAction, returnToStoreAction, startDeliveryAction } from '@/lib/courier/actions';
import type { MyDelivery } from '@/lib/courier/get-my-delivery';
import { PROOF_REQUIREMENT_LABELS } from '@/lib/delivery/deliveries/proof';
import { DELIVERY_STATUS_ACTIONS } from '@/lib/delivery/deliveries/transitions';
import { CourierReasonDialog } from './courier-reason-dialog';
import { DeliverForm } from './deliver-form';
import { ProofPhotoInput } from './proof-photo-input';

const FAILURE_REASONS = ['Nobody home', 'Shopper not answering', 'Wrong address', 'Shopper asked to come later'] as const;
const RETURN_REASONS = ['Shopper refused the parcel', 'Shopper unreachable', 'Parcel damaged'] as const;

type Props = { orgSlug: string; detail: Pick<MyDelivery, 'delivery' | 'proof'> };

/** The next steps for the delivery's state: Start → Picked up → Delivered, or a failed attempt or return. */
export function DeliveryActions({ orgSlug, detail }: Props) {
  const { delivery, proof } = detail;
  const router = useRouter();
  const deliveryId = delivery.id;
  const step = useRunAction({
    run: () => (delivery.status === 'pending' ? startDeliveryAction : pickUpDeliveryAction)(orgSlug, { deliveryId }),
    successMessage: delivery.status === 'pending' ? 'On your way to the pick-up point' : 'Picked up. The shopper has been told you are on the way.',
    refresh: 'always',
  });

  if (delivery.status === 'pending' || delivery.status === 'processing') {
    const Icon = delivery.status === 'pending' ? Navigation : PackageOpen;
    return (
      <Button type="button" size="lg" className="h-12 w-full text-base" loading={step.pending} onClick={step.execute}>
        {!step.pending && <Icon aria-hidden="true" />}
        {delivery.status === 'pending' ? DELIVERY_STATUS_ACTIONS.processing : `${DELIVERY_STATUS_ACTIONS.dispatched}: I have the parcel`}
      </Button>
    );
  }
  if (delivery.status !== 'dispatched') return null;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1 rounded-lg bg-muted/60 p-3 text-sm">
        <p>
          <span className="font-medium">Proof the store asks for:</span> {PROOF_REQUIREMENT_LABELS[proof.requirement]}
        </p>
        <p className="text-muted-foreground">{proof.missing ?? 'All the proof is there. Tap Delivered.'}</p>
      </div>
      {proof.asksPhoto && <ProofPhotoInput orgSlug={orgSlug} deliveryId={deliveryId} hasPhoto={proof.hasPhoto} />}
      <DeliverForm orgSlug={orgSlug} deliveryId={deliveryId} proof={proof} />
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        <CourierReasonDialog
          triggerLabel="Failed attempt"
          icon={TriangleAlert}
          title="The delivery did not work out this time"
          description="The parcel stays with you, so you can try again later. Say what happened."
          confirmLabel="Record the attempt"
          suggestions={FAILURE_REASONS}
          action={(reason, location) => failAttemptAction(orgSlug, { deliveryId, reason, location })}
          successMessage="Attempt recorded"
        />
        <CourierReasonDialog
          triggerLabel={DELIVERY_STATUS_ACTIONS.returned}
          icon={Undo2}
          destructive
          title="Take the parcel back to the store?"
          description="The delivery ends and the order goes back to the store. Say why."
          confirmLabel="Return to store"
          suggestions={RETURN_REASONS}
          action={(reason, location) => returnToStoreAction(orgSlug, { deliveryId, reason, location })}
          successMessage="Returned to the store"
          onDone={() => {
            router.push(`/courier/${orgSlug}`);
            router.refresh();
          }}
        />
      </div>
    </div>
  );
}
