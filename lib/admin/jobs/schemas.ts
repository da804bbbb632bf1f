import { z } from 'zod';
import { PageParam } from '@/lib/server/list-query';
import { ALL_QUEUES } from '@/lib/jobs/queues';

/** pg-boss 10's job states, and how the back office groups them. */
export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JOB_STATE_FILTERS = {
  queued: ['created', 'retry'],
  running: ['active'],
  failed: ['failed'],
  completed: ['completed'],
  cancelled: ['cancelled'],
} as const satisfies Record<string, readonly JobState[]>;
export type JobStateFilter = keyof typeof JOB_STATE_FILTERS;
export const JOB_STATE_FILTER_NAMES = Object.keys(JOB_STATE_FILTERS) as JobStateFilter[];

export const JOB_STATE_FILTER_LABELS: Record<JobStateFilter, string> = {
  queued: 'Queued',
  running: 'Running',
  failed: 'Failed',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const JOB_STATE_LABELS: Record<JobState, string> = {
  created: 'Queued',
  retry: 'Waiting to retry',
  active: 'Running',
  completed: 'Completed',
  cancelled: 'Cancelled',
  failed: 'Failed',
};

export const JOB_QUEUES = ALL_QUEUES;

// Filters come from the URL: anything malformed means "no filter".
export const ListJobsFilters = z.object({
  state: z.enum(JOB_STATE_FILTER_NAMES as [JobStateFilter, ...JobStateFilter[]]).optional().catch(undefined),
  queue: z.enum(JOB_QUEUES).optional().catch(undefined),
  page: PageParam,
});
export type ListJobsFilters = z.infer<typeof ListJobsFilters>;

export const RetryJobInput = z.object({
  queue: z.enum(JOB_QUEUES, 'Choose a queue.'),
  id: z.uuid('Not a job id.'),
});
export type RetryJobInput = z.infer<typeof RetryJobInput>;
