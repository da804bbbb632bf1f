'use client';

import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { markPaymentReceivedAction } from '@/lib/payments/actions';

/** For a bank transfer that has arrived: the payment is recorded and a pending order confirmed. */
export function MarkPaymentReceivedButton({ orgSlug, orderId, paymentId, amount }: { orgSlug: string; orderId: string; paymentId: string; amount: string }) {
  return (
    <ConfirmActionButton
      trigger="Mark payment received"
      triggerVariant="outline"
      title="Has the bank transfer arrived?"
      description={`Record ${amount} as received. A pending order is confirmed and the shopper gets an email.`}
      confirmLabel="Mark received"
      pendingLabel="Saving…"
      run={() => markPaymentReceivedAction(orgSlug, { orderId, paymentId })}
      successMessage="Payment recorded"
      refresh="always"
    />
  );
}
