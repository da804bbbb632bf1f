'use client';

import { useState } from 'react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { ReasonDialog } from '@/components/forms/reason-dialog';
import { StatusMoveButton } from '@/components/forms/status-move-button';
import { changeDeliveryStatusAction, resendDeliveryCodeAction } from '@/lib/delivery/deliveries-admin/actions';
import { DELIVERY_STATUS_LABELS, type DeliveryStatusValue } from '@/lib/delivery/deliveries/transitions';

type Props = {
  orgSlug: string;
  deliveryId: string;
  trackingNumber: string;
  status: DeliveryStatusValue;
  /** The moves this member may make now (from the delivery page's verb). */
  statuses: DeliveryStatusValue[];
  /** What proof the store asks for is still missing; marking it delivered then needs a reason. */
  proofMissing: string | null;
  canResendCode: boolean;
};

/** The dashboard's words: staff record what the courier did. */
const MOVE_LABELS: Partial<Record<DeliveryStatusValue, string>> = {
  processing: 'Mark picking up',
  dispatched: 'Mark out for delivery',
  pending: 'Put back to pending',
};

/**
 * The delivery's next steps. Each sends the status the page shows, so a click on a page left
 * open while the courier moved the delivery is refused with a clear message.
 */
export function DeliveryStatusActions({ orgSlug, deliveryId, trackingNumber, status, statuses, proofMissing, canResendCode }: Props) {
  const [busy, setBusy] = useState(false);
  const move = (to: DeliveryStatusValue, reason: string | null = null) => changeDeliveryStatusAction(orgSlug, { deliveryId, to, expectedFrom: status, reason });
  const done = (to: DeliveryStatusValue) => `${trackingNumber}: ${DELIVERY_STATUS_LABELS[to].toLowerCase()}`;
  const simple = statuses.filter((s) => s in MOVE_LABELS);

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Delivery actions">
      {simple.map((to, i) => (
        <StatusMoveButton key={to} label={MOVE_LABELS[to]!} primary={i === 0 && to !== 'pending'} disabled={busy} onPendingChange={setBusy} run={() => move(to)} done={done(to)} />
      ))}
      {statuses.includes('delivered') &&
        (proofMissing ? (
          <ReasonDialog
            triggerLabel="Mark delivered without proof"
            title={`Mark ${trackingNumber} delivered without proof?`}
            description={`${proofMissing} Without it, say why you are sure the shopper has the parcel.`}
            confirmLabel="Mark delivered"
            reasonHint="Kept in the delivery’s history and the audit log."
            action={(reason) => move('delivered', reason)}
            successMessage={done('delivered')}
          />
        ) : (
          <ConfirmActionButton
            trigger="Mark delivered"
            triggerVariant="default"
            disabled={busy}
            title={`Mark ${trackingNumber} delivered?`}
            description="The order is marked delivered too, and the shopper gets an email."
            confirmLabel="Mark delivered"
            pendingLabel="Saving…"
            run={() => move('delivered')}
            successMessage={done('delivered')}
            refresh="always"
            onPendingChange={setBusy}
          />
        ))}
      {canResendCode && (
        <ConfirmActionButton
          trigger="Send a new code"
          disabled={busy}
          title="Send the shopper a new delivery code?"
          description="They get it by email; the old code stops working and the wrong tries start over."
          confirmLabel="Send code"
          pendingLabel="Sending…"
          run={() => resendDeliveryCodeAction(orgSlug, { deliveryId })}
          successMessage="New code sent to the shopper"
          refresh="always"
          onPendingChange={setBusy}
        />
      )}
      {statuses.includes('returned') && (
        <ReasonDialog
          triggerLabel="Return to store"
          title={`Return ${trackingNumber} to the store?`}
          description="The order goes back to packed, so it can be sent again with a new delivery."
          confirmLabel="Return to store"
          reasonHint="Kept in the delivery’s history and the audit log."
          action={(reason) => move('returned', reason)}
          successMessage={done('returned')}
        />
      )}
      {statuses.includes('cancelled') && (
        <ReasonDialog
          triggerLabel="Cancel delivery"
          title={`Cancel ${trackingNumber}?`}
          description="The order itself stays as it is; you can create a new delivery for it from the order page."
          confirmLabel="Cancel delivery"
          cancelLabel="Keep it"
          destructive
          triggerVariant="outline"
          reasonHint="Kept in the delivery’s history and the audit log."
          action={(reason) => move('cancelled', reason)}
          successMessage={done('cancelled')}
        />
      )}
    </div>
  );
}
