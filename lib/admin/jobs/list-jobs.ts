import { requirePlatformPermission, type AdminContext } from '@/lib/server/context';
import { paged, pageWindow } from '@/lib/server/list-query';
import { bossSql, jobErrorMessage, JOBS_PAGE_SIZE } from './internal';
import { JOB_QUEUES, JOB_STATE_FILTERS, type JobState, type ListJobsFilters } from './schemas';

type CountRow = { queue: string; state: JobState; count: number };
type JobRow = {
  id: string;
  queue: string;
  state: JobState;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  output: unknown;
};

/** Jobs per queue and state, for the cards; every known queue is listed, empty or not. */
async function countsByQueue() {
  const rows = await bossSql<CountRow>('select name as queue, state, count(*)::int as count from pgboss.job group by name, state');
  const names = [...new Set([...JOB_QUEUES, ...rows.map((r) => r.queue)])].sort();
  return names.map((queue) => {
    const states = Object.fromEntries(rows.filter((r) => r.queue === queue).map((r) => [r.state, r.count])) as Partial<Record<JobState, number>>;
    const of = (s: JobState) => states[s] ?? 0;
    return { queue, queued: of('created') + of('retry'), running: of('active'), failed: of('failed'), completed: of('completed'), cancelled: of('cancelled') };
  });
}

/** The background jobs page: counts per queue, and the jobs themselves, newest first, 25 a page. */
export async function listJobs(ctx: AdminContext, filters: ListJobsFilters) {
  requirePlatformPermission(ctx, 'jobs.view');
  const states: readonly string[] | null = filters.state ? JOB_STATE_FILTERS[filters.state] : null;
  const where = 'where ($1::text is null or name = $1) and ($2::text[] is null or state::text = any($2::text[]))';
  const params = [filters.queue ?? null, states];
  const [counts, [{ total } = { total: 0 }]] = await Promise.all([
    countsByQueue(),
    bossSql<{ total: number }>(`select count(*)::int as total from pgboss.job ${where}`, params),
  ]);
  const { page, offset } = pageWindow(total, filters.page, JOBS_PAGE_SIZE);
  const rows = await bossSql<JobRow>(
    `select id, name as queue, state, retry_count, retry_limit, created_on, started_on, completed_on, output
     from pgboss.job ${where} order by created_on desc, id limit $3 offset $4`,
    [...params, JOBS_PAGE_SIZE, offset],
  );
  const jobs = rows.map((r) => ({
    id: r.id,
    queue: r.queue,
    state: r.state,
    // pg-boss counts retries; the first run is an attempt too once the job has started.
    attempts: r.retry_count + (r.started_on ? 1 : 0),
    retryLimit: r.retry_limit,
    createdOn: new Date(r.created_on),
    startedOn: r.started_on ? new Date(r.started_on) : null,
    completedOn: r.completed_on ? new Date(r.completed_on) : null,
    error: r.state === 'failed' ? jobErrorMessage(r.output) : null,
  }));
  return { counts, ...paged(jobs, total, page, JOBS_PAGE_SIZE) };
}

export type JobListRow = Awaited<ReturnType<typeof listJobs>>['rows'][number];
export type QueueCounts = Awaited<ReturnType<typeof listJobs>>['counts'][number];
