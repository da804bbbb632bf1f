'use client';

import { useState } from 'react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { StatusMoveButton } from '@/components/forms/status-move-button';
import { updateOrderStatusAction } from '@/lib/orders/actions';
import { ORDER_STATUS_ACTIONS, ORDER_STATUS_LABELS, type OrderStatusValue } from '@/lib/orders/transitions';
import { CancelOrderDialog } from './cancel-order-dialog';

type Props = {
  orgSlug: string;
  orderId: string;
  number: string;
  status: OrderStatusValue;
  /** The moves this member may make now (from the order page's verb). */
  statuses: OrderStatusValue[];
  moneyTaken: boolean;
  cashOnDelivery: boolean;
};

/**
 * The buttons for the order's next steps. Each sends the status the page shows, so a click on
 * a page left open while someone else moved the order is refused with a clear message.
 */
export function OrderStatusActions({ orgSlug, orderId, number, status, statuses, moneyTaken, cashOnDelivery }: Props) {
  const [busy, setBusy] = useState(false);
  const move = (to: OrderStatusValue) => () => updateOrderStatusAction(orgSlug, { orderId, to, expectedFrom: status, reason: null });
  const forward = statuses.filter((s) => s !== 'cancelled' && s !== 'refunded');

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Order actions">
      {forward.map((to, i) =>
        to === 'delivered' ? (
          <ConfirmActionButton
            key={to}
            trigger={ORDER_STATUS_ACTIONS[to]}
            triggerVariant={i === 0 ? 'default' : 'outline'}
            disabled={busy}
            title={`Mark order #${number} delivered?`}
            description={
              cashOnDelivery
                ? 'Its stock leaves the warehouse for good, and the cash is recorded as received. The shopper gets an email.'
                : 'Its stock leaves the warehouse for good. The shopper gets an email.'
            }
            confirmLabel="Mark delivered"
            pendingLabel="Saving…"
            run={move(to)}
            successMessage={`Order #${number} delivered`}
            refresh="always"
            onPendingChange={setBusy}
          />
        ) : (
          <StatusMoveButton key={to} label={ORDER_STATUS_ACTIONS[to]} primary={i === 0} disabled={busy} onPendingChange={setBusy} run={move(to)} done={`Order #${number}: ${ORDER_STATUS_LABELS[to].toLowerCase()}`} />
        ),
      )}
      {statuses.includes('refunded') && (
        <ConfirmActionButton
          trigger={ORDER_STATUS_ACTIONS.refunded}
          triggerVariant="outline"
          disabled={busy}
          destructive
          title={`Mark order #${number} refunded?`}
          description="This only records the order as refunded and puts held stock back on sale; it does not move money. To give money back, use Refund."
          confirmLabel="Mark refunded"
          pendingLabel="Saving…"
          run={move('refunded')}
          successMessage={`Order #${number} marked refunded`}
          refresh="always"
          onPendingChange={setBusy}
        />
      )}
      {statuses.includes('cancelled') && <CancelOrderDialog orgSlug={orgSlug} orderId={orderId} number={number} status={status} moneyTaken={moneyTaken} disabled={busy} />}
    </div>
  );
}
