import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { auditLogs } from '@/db/schema';
import { adminContextFor, createPlatformAdmin } from '@/db/test/factories';
import { getBoss, stopBoss } from '@/lib/jobs/boss';
import { QUEUES } from '@/lib/jobs/queues';
import { listJobs } from './list-jobs';
import { retryJob } from './retry-job';

afterAll(() => stopBoss());

const queue = QUEUES.expireCardOrders;

/** A job that ran once and failed with no retries left, as a worker would leave it. */
async function failedJob(message: string) {
  const boss = await getBoss();
  const id = (await boss.send(queue, {}, { retryLimit: 0 }))!;
  const [fetched] = await boss.fetch(queue, { ignoreStartAfter: true });
  expect(fetched?.id).toBe(id);
  await boss.fail(queue, id, { message });
  return id;
}

const retryAudits = (id: string) => withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, id), eq(auditLogs.action, 'job.retried'))));

describe('background jobs', () => {
  it('lists a failed job under failed with its error, and retry puts it back in the queue, audited', async () => {
    const admin = await createPlatformAdmin('technical_access');
    const ctx = await adminContextFor(admin);
    const boss = await getBoss();
    const id = await failedJob('Stripe said no');
    const queuedId = (await boss.send(QUEUES.sendEmail, { to: 'x@example.test' }))!;

    const failed = await listJobs(ctx, { state: 'failed', page: 1 });
    expect(failed.rows).toEqual([expect.objectContaining({ id, queue, state: 'failed', attempts: 1, error: 'Stripe said no' })]);
    expect(failed.counts.find((c) => c.queue === queue)).toMatchObject({ failed: 1, queued: 0 });
    expect(failed.counts.find((c) => c.queue === QUEUES.sendEmail)).toMatchObject({ queued: 1, failed: 0 });
    expect((await listJobs(ctx, { state: 'queued', page: 1 })).rows.map((r) => r.id)).toEqual([queuedId]);
    expect((await listJobs(ctx, { queue, page: 1 })).rows.map((r) => r.id)).toEqual([id]);

    expect(await retryJob(ctx, { queue, id })).toEqual({ id, queue });

    // pg-boss 10 puts a retried job in state "retry": queued, and fetched like a new one.
    expect((await boss.getJobById(queue, id))?.state).toBe('retry');
    expect((await listJobs(ctx, { state: 'failed', page: 1 })).rows).toHaveLength(0);
    expect((await listJobs(ctx, { state: 'queued', queue, page: 1 })).rows).toEqual([expect.objectContaining({ id, state: 'retry', error: null })]);
    expect(await boss.fetch(queue, { ignoreStartAfter: true })).toEqual([expect.objectContaining({ id })]);
    const [audit, ...more] = await retryAudits(id);
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({ organizationId: null, actorUserId: admin.id, entityType: 'job', oldValues: { queue, state: 'failed' } });
  });

  it('refuses to retry a job that is not failed, and audits nothing', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin('super_admin'));
    const emails = QUEUES.sendEmail;
    const id = (await (await getBoss()).send(emails, { to: 'waiting@example.test' }))!;
    await expect(retryJob(ctx, { queue: emails, id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(retryJob(ctx, { queue: emails, id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await retryAudits(id)).toHaveLength(0);
  });

  it('pages the list 25 at a time, newest first', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin('super_admin'));
    const boss = await getBoss();
    await boss.insert(Array.from({ length: 26 }, (_, i) => ({ name: QUEUES.stripeAutoRefund, data: { organizationId: `org_${i}`, paymentId: 'p' } })));
    const first = await listJobs(ctx, { queue: QUEUES.stripeAutoRefund, page: 1 });
    const second = await listJobs(ctx, { queue: QUEUES.stripeAutoRefund, page: 2 });
    expect([first.total, first.totalPages, first.rows.length, second.rows.length]).toEqual([26, 2, 25, 1]);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(26);
  });

  it('refuses platform roles without jobs.view / jobs.retry (accounting, role_manager)', async () => {
    const id = await failedJob('still failed');
    for (const role of ['accounting', 'role_manager'] as const) {
      const ctx = await adminContextFor(await createPlatformAdmin(role));
      await expect(listJobs(ctx, { page: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(retryJob(ctx, { queue, id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await (await getBoss()).getJobById(queue, id))?.state).toBe('failed');
    expect(await retryAudits(id)).toHaveLength(0);
  });
});
