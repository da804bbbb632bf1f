import { Badge } from '@/components/ui/badge';
import { MarkPaymentReceivedButton } from './mark-payment-received-button';
import { DateTime } from '@/components/ui/date-time';
import type { OrderDetail } from '@/lib/orders/get-order';
import { PAYMENT_METHOD_LABELS, PAYMENT_RECORD_STATUS_LABELS, REFUND_STATUS_LABELS } from '@/lib/orders/labels';

type Props = {
  payments: OrderDetail['payments'];
  refunds: OrderDetail['refunds'];
  money: (minor: number) => string;
  timeZone: string;
  /** Set when the member may record a bank transfer as received. */
  recordTransfer?: { orgSlug: string; orderId: string };
};

/** Each payment of the order (method, status, amount, gateway id, refunded) and the refunds given. */
export function OrderPayments({ payments, refunds, money, timeZone, recordTransfer }: Props) {
  return (
    <div className="flex flex-col gap-5">
      {payments.length === 0 ? (
        <p className="text-sm text-muted-foreground">No payment has been recorded for this order.</p>
      ) : (
        <ul className="flex flex-col divide-y">
          {payments.map((p) => (
            <li key={p.id} className="flex flex-col gap-1 py-3 text-sm first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">{PAYMENT_METHOD_LABELS[p.method]}</span>
                <span className="tabular-nums">{money(p.amount)}</span>
              </div>
              <div className="flex flex-wrap items-center gap-2 text-muted-foreground">
                <Badge variant={p.status === 'completed' ? 'success' : p.status === 'failed' ? 'destructive' : 'secondary'}>{PAYMENT_RECORD_STATUS_LABELS[p.status]}</Badge>
                {p.processedAt && <DateTime value={p.processedAt} timeZone={timeZone} />}
              </div>
              {p.gatewayTransactionId && (
                <p className="text-muted-foreground">
                  {p.provider === 'stripe' ? 'Stripe payment' : 'Gateway id'}: <code className="break-all text-xs">{p.gatewayTransactionId}</code>
                </p>
              )}
              {recordTransfer && p.method === 'bank_transfer' && p.status === 'pending' && (
                <div className="pt-1">
                  <MarkPaymentReceivedButton {...recordTransfer} paymentId={p.id} amount={money(p.amount)} />
                </div>
              )}
              {p.refundedAmount > 0 && (
                <p className="text-muted-foreground">
                  Refunded <span className="tabular-nums">{money(p.refundedAmount)}</span>
                  {p.refundable > 0 && (
                    <>
                      {' '}
                      · <span className="tabular-nums">{money(p.refundable)}</span> left
                    </>
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {refunds.length > 0 && (
        <section aria-labelledby="refunds-heading" className="flex flex-col gap-2">
          <h3 id="refunds-heading" className="text-sm font-semibold">
            Refunds
          </h3>
          <ul className="flex flex-col divide-y rounded-md border">
            {refunds.map((r) => (
              <li key={r.id} className="flex flex-col gap-0.5 px-3 py-2 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="tabular-nums font-medium">{money(r.amount)}</span>
                  <Badge variant={r.status === 'succeeded' ? 'success' : r.status === 'failed' ? 'destructive' : 'warning'}>{REFUND_STATUS_LABELS[r.status]}</Badge>
                </div>
                <p className="text-muted-foreground">
                  <DateTime value={r.createdAt} timeZone={timeZone} />
                  {r.createdBy && <> · {r.createdBy.name || r.createdBy.email}</>}
                </p>
                {r.reason && <p className="break-words">{r.reason}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
