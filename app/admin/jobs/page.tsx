import type { Metadata } from 'next';
import { ListChecks } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { JobsTable } from '@/components/admin/jobs/jobs-table';
import { QueueCountCards } from '@/components/admin/jobs/queue-count-cards';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { listJobs } from '@/lib/admin/jobs/list-jobs';
import { JOB_QUEUES, JOB_STATE_FILTER_LABELS, JOB_STATE_FILTER_NAMES, ListJobsFilters } from '@/lib/admin/jobs/schemas';
import { adminPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Jobs' };

export default async function JobsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('jobs.view')) return <AdminForbidden section="background jobs" />;
  const filters = ListJobsFilters.parse(await searchParams);
  const result = await listJobs(ctx, filters);
  const filtered = Boolean(filters.state || filters.queue);

  return (
    <>
      <PageHeader
        title="Background jobs"
        description="Emails, refunds and scheduled work waiting, running, done or failed. Completed jobs are kept for a while, then archived. Times in UTC."
      />
      <QueueCountCards counts={result.counts} />
      <FilterBar
        basePath="/admin/jobs"
        fields={[
          { kind: 'select', name: 'state', label: 'State', value: filters.state ?? '', allLabel: 'All states', options: JOB_STATE_FILTER_NAMES.map((s) => ({ value: s, label: JOB_STATE_FILTER_LABELS[s] })) },
          { kind: 'select', name: 'queue', label: 'Queue', value: filters.queue ?? '', allLabel: 'All queues', options: JOB_QUEUES.map((q) => ({ value: q, label: q })) },
        ]}
      />
      {result.rows.length === 0 ? (
        <EmptyState icon={ListChecks} title={filtered ? 'No jobs match these filters' : 'No jobs yet'} description={filtered ? 'Try another state or queue, or clear the filters.' : undefined} />
      ) : (
        <>
          <ResultCount total={result.total} noun={['job', 'jobs']} filtered={filtered} />
          <div className="rounded-lg border">
            <JobsTable rows={result.rows} canRetry={ctx.can('jobs.retry')} />
          </div>
          <Pagination basePath="/admin/jobs" searchParams={{ state: filters.state, queue: filters.queue }} page={result.page} totalPages={result.totalPages} />
        </>
      )}
    </>
  );
}
