import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { JobListRow } from '@/lib/admin/jobs/list-jobs';
import type { RetryJobInput } from '@/lib/admin/jobs/schemas';
import { JobStateBadge } from './job-state-badge';
import { RetryJobButton } from './retry-job-button';

export function JobsTable({ rows, canRetry }: { rows: JobListRow[]; canRetry: boolean }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Queue</TableHead>
          <TableHead>State</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Started</TableHead>
          <TableHead className="text-right">Attempts</TableHead>
          <TableHead>Error</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((job) => (
          <TableRow key={job.id}>
            <TableCell>
              <div className="font-mono text-sm">{job.queue}</div>
              <div className="font-mono text-xs text-muted-foreground">{job.id}</div>
            </TableCell>
            <TableCell>
              <JobStateBadge state={job.state} />
            </TableCell>
            <TableCell>
              <DateTime value={job.createdOn} withSeconds />
            </TableCell>
            <TableCell>
              <DateTime value={job.startedOn} withSeconds fallback="Not yet" />
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {job.attempts} <span className="text-muted-foreground">of {job.retryLimit + 1}</span>
            </TableCell>
            <TableCell className="max-w-96">
              {job.error ? (
                <p className="line-clamp-3 font-mono text-xs break-words text-destructive" title={job.error}>
                  {job.error}
                </p>
              ) : (
                <span className="text-muted-foreground">None</span>
              )}
            </TableCell>
            <TableCell className="text-right">
              {canRetry && job.state === 'failed' && <RetryJobButton job={{ queue: job.queue as RetryJobInput['queue'], id: job.id }} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
