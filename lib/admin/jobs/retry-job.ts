import { recordAudit } from '@/lib/audit/record-audit';
import { getBoss } from '@/lib/jobs/boss';
import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { conflict, notFound } from '@/lib/server/errors';
import type { RetryJobInput } from './schemas';

/** Puts a failed job back in its queue (pg-boss gives it one more attempt); anything but a failed job is refused. */
export async function retryJob(ctx: AdminContext, input: RetryJobInput) {
  requirePlatformPermission(ctx, 'jobs.retry');
  const boss = await getBoss();
  const job = await boss.getJobById(input.queue, input.id);
  if (!job) throw notFound('Job');
  if (job.state !== 'failed') throw conflict('Only failed jobs can be retried; this one is not failed any more.');
  // pg-boss writes on its own connection: the audit row is written first, and rolled back if the
  // retry did not take (a second click, or a worker got there first).
  return ctx.tx(async (tx) => {
    await recordAudit(tx, ctx.actor, {
      organizationId: null,
      action: 'job.retried',
      entityType: 'job',
      entityId: job.id,
      oldValues: { queue: job.name, state: job.state, retryCount: job.retryCount },
      newValues: { state: 'retry' },
    });
    const result = (await boss.retry(input.queue, input.id)) as unknown as { affected: number };
    if (result.affected !== 1) throw conflict('Only failed jobs can be retried; this one is not failed any more.');
    return { id: job.id, queue: job.name };
  });
}
