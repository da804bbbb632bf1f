import 'server-only';
import type PgBoss from 'pg-boss';
import { deliverRenderedEmail } from '@/lib/email/send-email';
import { runAutoRefund } from '@/lib/payments/refunds/auto-refund';
import { expireUnpaidCardOrders } from '@/lib/payments/expire-unpaid-orders';
import { enforceGracePeriods } from '@/lib/billing/enforce-grace-periods';
import { recheckDomains } from '@/lib/tenancy/domains/recheck-domains';
import { QUEUES, type JobData, type JobName } from './queues';

type Handler<N extends JobName> = (data: JobData[N], job: { id: string }) => Promise<unknown>;

/** What each queue's job does. A handler that throws fails the job, and pg-boss retries it per its options. */
export const JOB_HANDLERS: { [N in JobName]: Handler<N> } = {
  'send-email': async (email, job) => {
    // One outbox row per job, however many attempts it takes.
    const result = await deliverRenderedEmail(email, { outboxId: `eml_job_${job.id.replaceAll('-', '')}` });
    if (result.status === 'failed') throw new Error(`Email ${result.id} could not be delivered; will retry`);
    return result;
  },
  'stripe-auto-refund': (data) => runAutoRefund(data),
  'expire-card-orders': () => expireUnpaidCardOrders(new Date()),
  'billing-grace-periods': () => enforceGracePeriods(new Date()),
  'recheck-domains': () => recheckDomains(new Date()),
};

/** Every minute: cancel card orders whose payment window has passed, releasing their stock. */
export const EXPIRE_CARD_ORDERS_CRON = '* * * * *';
/** Hourly: organizations whose failed renewal's grace period has passed move to Free. */
export const BILLING_GRACE_CRON = '7 * * * *';
/** Hourly: custom domains' DNS records are checked again (see lib/tenancy/domains/recheck-domains.ts). */
export const RECHECK_DOMAINS_CRON = '23 * * * *';

/** Registers every queue's handler and the cron schedule on a started (worker) pg-boss. */
export async function registerWorkers(boss: PgBoss, options: { pollingIntervalSeconds?: number } = {}) {
  const work = async <N extends JobName>(name: N) => {
    await boss.work<JobData[N]>(name, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async (jobs) => {
      for (const job of jobs) await JOB_HANDLERS[name](job.data, job);
    });
  };
  await work(QUEUES.sendEmail);
  await work(QUEUES.stripeAutoRefund);
  await work(QUEUES.expireCardOrders);
  await work(QUEUES.billingGracePeriods);
  await work(QUEUES.recheckDomains);
  await boss.schedule(QUEUES.expireCardOrders, EXPIRE_CARD_ORDERS_CRON, {}, { retryLimit: 0, expireInSeconds: 240 });
  await boss.schedule(QUEUES.billingGracePeriods, BILLING_GRACE_CRON, {}, { retryLimit: 2, expireInSeconds: 600 });
  await boss.schedule(QUEUES.recheckDomains, RECHECK_DOMAINS_CRON, {}, { retryLimit: 0, expireInSeconds: 1200 });
}
