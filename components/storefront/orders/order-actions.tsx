'use client';

import { useState, useTransition } from 'react';
import { CircleAlert, CreditCard, RotateCcw } from 'lucide-react';
import { ReasonDialog } from '@/components/forms/reason-dialog';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import type { ActionResult } from '@/lib/server/action';
import type { ReorderResult } from '@/lib/storefront/orders/reorder';
import type { CancelShopperOrderInput, OrderAccessInput, OrderActionInput } from '@/lib/storefront/orders/schemas';

type Props = {
  orderNumber: string;
  canCancel: boolean;
  canPay: boolean;
  paid: boolean;
  /** How this page reaches the order: its link token, or its number in the shopper's account. */
  access: OrderAccessInput;
  /** The order actions, bound to the site. */
  cancelAction: (input: CancelShopperOrderInput) => Promise<ActionResult<unknown>>;
  reorderAction: (input: OrderActionInput) => Promise<ActionResult<ReorderResult>>;
  payAction: (input: OrderActionInput) => Promise<ActionResult<{ redirectUrl: string }>>;
};

/** Complete payment, re-order and cancel, as the order's state allows. */
export function OrderActions({ orderNumber, canCancel, canPay, paid, access, cancelAction, reorderAction, payAction }: Props) {
  const [paying, startPaying] = useTransition();
  const [reordering, startReorder] = useTransition();
  const [leaving, setLeaving] = useState(false);
  const [notAdded, setNotAdded] = useState<ReorderResult | null>(null);

  const leave = (url: string) => {
    setLeaving(true);
    window.location.assign(url);
  };

  const startPayment = () =>
    startPaying(async () => {
      const result = await payAction({ access });
      if (result.error) toast({ title: result.error.message, variant: 'destructive' });
      else leave(result.data.redirectUrl);
    });

  const orderAgain = () =>
    startReorder(async () => {
      const result = await reorderAction({ access });
      if (result.error) return void toast({ title: result.error.message, variant: 'destructive' });
      if (result.data.notAdded.length === 0) return leave('/cart');
      setNotAdded(result.data);
    });

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {canPay && (
          <Button onClick={startPayment} loading={paying || leaving} disabled={reordering}>
            <CreditCard aria-hidden="true" />
            Complete payment
          </Button>
        )}
        <Button variant="outline" onClick={orderAgain} loading={reordering} disabled={paying || leaving}>
          <RotateCcw aria-hidden="true" />
          Order again
        </Button>
        {canCancel && (
          // The reason is optional: it helps the store, but nobody must explain a change of mind.
          <ReasonDialog
            triggerLabel="Cancel order"
            triggerVariant="outline"
            title={`Cancel order ${orderNumber}?`}
            description={`The items go back on sale and the order cannot be restored.${paid ? ' The store refunds what you paid.' : ''}`}
            confirmLabel="Cancel order"
            cancelLabel="Keep the order"
            destructive
            reasonOptional
            reasonHint="Tell the store why, if you like."
            action={(reason) => cancelAction({ access, reason: reason || undefined })}
            successMessage={`Order ${orderNumber} is cancelled.`}
          />
        )}
      </div>
      {notAdded && (
        <Alert variant="warning" role="alert">
          <CircleAlert aria-hidden="true" />
          <AlertTitle>{notAdded.added > 0 ? 'Some items could not be added to your cart' : 'None of the items could be added to your cart'}</AlertTitle>
          <AlertDescription>
            <ul className="list-disc pl-4">
              {notAdded.notAdded.map((item, i) => (
                <li key={i}>{item.message}</li>
              ))}
            </ul>
            {notAdded.added > 0 && (
              <Button variant="link" className="h-auto p-0" onClick={() => leave('/cart')}>
                Go to your cart
              </Button>
            )}
          </AlertDescription>
        </Alert>
      )}
    </div>
  );
}
