'use client';

import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { retryJobAction } from '@/lib/admin/jobs/actions';
import type { RetryJobInput } from '@/lib/admin/jobs/schemas';

/** Asks first, then puts a failed job back in its queue for one more attempt. */
export function RetryJobButton({ job }: { job: RetryJobInput }) {
  return (
    <ConfirmActionButton
      trigger="Retry"
      triggerSize="sm"
      title={`Retry this ${job.queue} job?`}
      description="It goes back in its queue and the worker runs it again, with the same data. If it had side effects before failing (an email half sent, a refund requested), they may happen again."
      confirmLabel="Retry job"
      pendingLabel="Retrying…"
      run={() => retryJobAction(job)}
      successMessage="The job is back in its queue."
      refresh="always"
    />
  );
}
