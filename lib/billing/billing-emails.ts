import 'server-only';
import { createElement } from 'react';
import type { Tx } from '@/db/client';
import type { Organization } from '@/db/schema';
import { formatDateTime } from '@/components/ui/date-time';
import { BillingDowngradedEmail } from '@/emails/billing-downgraded';
import { BillingPaymentFailedEmail } from '@/emails/billing-payment-failed';
import type { EmailMessage } from '@/lib/email/send-email';
import { enqueueEmail } from '@/lib/jobs/queue';
import { MODULE_LABELS, PLANS, type PlanKey, type PlanModule } from '@/lib/plans/plans';
import { organizationOwners, planSettingsUrl } from './internal';

type Org = Pick<Organization, 'id' | 'name' | 'slug' | 'timezone'>;

/** What the Free plan allows, for the "moved to Free" email. */
export function freePlanLimits(): string[] {
  const free = PLANS.free;
  const lines = [
    `${free.limits.products} products`,
    `${free.limits.teamMembers} team members (invitations included)`,
    `${free.limits.warehouses} warehouse${free.limits.warehouses === 1 ? '' : 's'}`,
    `${free.ordersPerMonth} orders a month`,
  ];
  const missing = (Object.keys(free.modules) as PlanModule[]).filter((m) => !free.modules[m]).map((m) => MODULE_LABELS[m]);
  if (missing.length) lines.push(`No ${missing.join(', ').toLowerCase()}`);
  return lines;
}

/** The "payment failed, you keep the plan until …" email to each owner; built in the transaction, sent after it commits. */
export async function paymentFailedEmails(tx: Tx, org: Org, plan: PlanKey, graceUntil: Date): Promise<EmailMessage[]> {
  const planName = PLANS[plan].name;
  const date = formatDateTime(graceUntil, org.timezone, { dateOnly: true });
  return (await organizationOwners(tx, org.id)).map((owner) => ({
    to: owner.email,
    subject: `${org.name}: the payment for your ${planName} plan failed`,
    template: 'billing-payment-failed',
    body: createElement(BillingPaymentFailedEmail, { storeName: org.name, planName, graceUntil: date, billingUrl: planSettingsUrl(org.slug) }),
  }));
}

/** The "your store is on Free now" email to each owner. */
export async function downgradedEmails(tx: Tx, org: Org, fromPlan: PlanKey, reason: 'grace_period' | 'cancellation'): Promise<EmailMessage[]> {
  return (await organizationOwners(tx, org.id)).map((owner) => ({
    to: owner.email,
    subject: reason === 'grace_period' ? `${org.name} has moved to the Free plan` : `${org.name}: your ${PLANS[fromPlan].name} subscription has ended`,
    template: 'billing-downgraded',
    body: createElement(BillingDowngradedEmail, {
      storeName: org.name,
      fromPlanName: PLANS[fromPlan].name,
      reason,
      freeLimits: freePlanLimits(),
      planUrl: planSettingsUrl(org.slug),
    }),
  }));
}

/** Queues the emails of a committed change; a failure to queue is logged, not thrown (the change already happened). */
export async function queueBillingEmails(messages: EmailMessage[]) {
  for (const message of messages) {
    try {
      await enqueueEmail(message);
    } catch (e) {
      console.error(`[billing] could not queue "${message.subject}" to ${message.to}`, e);
    }
  }
}
