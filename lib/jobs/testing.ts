import { getBoss } from './boss';
import { JOB_HANDLERS } from './handlers';
import type { JobData, JobName } from './queues';

/**
 * For tests: runs every job waiting in a queue in this process, as the worker would, and
 * returns the jobs it ran. Lets a test assert what a queued email or refund did without
 * starting a worker.
 */
export async function runQueuedJobs<N extends JobName>(name: N): Promise<{ id: string; data: JobData[N] }[]> {
  const boss = await getBoss();
  const ran: { id: string; data: JobData[N] }[] = [];
  for (;;) {
    const jobs = await boss.fetch<JobData[N]>(name, { batchSize: 20, ignoreStartAfter: true });
    if (jobs.length === 0) return ran;
    for (const job of jobs) {
      try {
        await JOB_HANDLERS[name](job.data, job);
        await boss.complete(name, job.id);
        ran.push({ id: job.id, data: job.data });
      } catch (e) {
        await boss.fail(name, job.id, { message: e instanceof Error ? e.message : String(e) });
        throw e;
      }
    }
  }
}
