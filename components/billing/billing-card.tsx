import { AlertTriangle } from 'lucide-react';
import type { BillingOverview } from '@/lib/billing/get-billing-overview';
import { PLAN_ORDER, PLANS, type PlanKey } from '@/lib/plans/plans';
import { formatMoney } from '@/lib/money/money';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { BillingButtons } from './billing-buttons';
import { BILLING_STATUS_LABELS, BILLING_STATUS_VARIANTS } from './billing-labels';

type Props = {
  slug: string;
  plan: PlanKey;
  billing: BillingOverview;
  canManage: boolean;
  timeZone: string;
  /** Back from Stripe: paid (the webhook may not have arrived yet) or left Checkout without paying. */
  returned?: 'success' | 'cancelled' | null;
};

/** Settings → Plan: the subscription, its warnings, and the ways to change plan (online, or through the platform team). */
export function BillingCard({ slug, plan, billing, canManage, timeZone, returned = null }: Props) {
  const sub = billing.subscription;
  const live = sub?.hasSubscription && ['active', 'trialing', 'past_due', 'unpaid'].includes(sub.status);
  const current = live && sub?.plan ? sub.plan : plan;
  const choices = billing.purchasable
    .filter((p) => !(live && sub?.plan === p))
    .map((p) => ({
      plan: p,
      label: `${PLAN_ORDER.indexOf(p) > PLAN_ORDER.indexOf(current) ? 'Upgrade' : 'Switch'} to ${PLANS[p].name} · ${formatMoney(PLANS[p].monthlyPrice, 'USD')}/month`,
    }));

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2" className="text-base">
          Billing
        </CardTitle>
        {billing.billingEnabled && <CardDescription>Plans are paid monthly by card through Stripe. Changes take effect once Stripe confirms the payment.</CardDescription>}
      </CardHeader>
      <CardContent className="flex flex-col gap-4 text-sm">
        {!billing.billingEnabled ? (
          <>
            <p>Plan changes are made by the platform team for now — contact support and say which plan you want.</p>
            <p className="text-muted-foreground">Moving to a smaller plan needs your usage to fit its limits first.</p>
          </>
        ) : (
          <>
            {returned === 'success' && (
              <Alert variant="success" role="status">
                <AlertTitle>Thank you</AlertTitle>
                <AlertDescription>
                  <p>Your plan changes as soon as Stripe confirms the payment, usually within a minute. Reload this page to see it.</p>
                </AlertDescription>
              </Alert>
            )}
            {returned === 'cancelled' && <p role="status" className="text-muted-foreground">Checkout was cancelled; nothing was charged and your plan is unchanged.</p>}
            {sub?.graceUntil && (
              <Alert variant="destructive">
                <AlertTriangle aria-hidden />
                <AlertTitle>The last payment failed</AlertTitle>
                <AlertDescription>
                  <p>
                    The store keeps {sub.plan ? PLANS[sub.plan].name : 'its plan'} until <DateTime value={sub.graceUntil} timeZone={timeZone} dateOnly />. If the payment has
                    not gone through by then, it moves to the Free plan. Update the payment method to keep it.
                  </p>
                </AlertDescription>
              </Alert>
            )}
            {sub?.cancelAtPeriodEnd && sub.status !== 'canceled' && (
              <Alert variant="destructive">
                <AlertTriangle aria-hidden />
                <AlertTitle>The subscription is cancelled</AlertTitle>
                <AlertDescription>
                  <p>
                    It ends on <DateTime value={sub.currentPeriodEnd} timeZone={timeZone} dateOnly fallback="the end of the period" />; then the store moves to the Free
                    plan. Renew it from the payment settings to keep your plan.
                  </p>
                </AlertDescription>
              </Alert>
            )}
            {sub && sub.status !== 'none' && (
              <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
                <dt className="text-muted-foreground">Subscription</dt>
                <dd className="flex flex-wrap items-center gap-2">
                  {sub.plan ? PLANS[sub.plan].name : '—'}
                  <Badge variant={BILLING_STATUS_VARIANTS[sub.status]}>{BILLING_STATUS_LABELS[sub.status]}</Badge>
                </dd>
                {sub.currentPeriodEnd && sub.status !== 'canceled' && (
                  <>
                    <dt className="text-muted-foreground">{sub.cancelAtPeriodEnd ? 'Ends' : 'Renews'}</dt>
                    <dd>
                      <DateTime value={sub.currentPeriodEnd} timeZone={timeZone} dateOnly />
                    </dd>
                  </>
                )}
              </dl>
            )}
            {canManage ? (
              choices.length > 0 || sub ? (
                <BillingButtons slug={slug} choices={choices} canOpenPortal={Boolean(sub)} />
              ) : (
                <p className="text-muted-foreground">No plan can be bought online yet; contact support to change plans.</p>
              )
            ) : (
              <p className="text-muted-foreground">Only owners and admins can change the plan or the payment method.</p>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
