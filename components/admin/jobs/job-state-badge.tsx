import { Badge } from '@/components/ui/badge';
import { JOB_STATE_LABELS, type JobState } from '@/lib/admin/jobs/schemas';

const VARIANTS: Record<JobState, 'outline' | 'secondary' | 'success' | 'warning' | 'destructive'> = {
  created: 'outline',
  retry: 'warning',
  active: 'secondary',
  completed: 'success',
  cancelled: 'outline',
  failed: 'destructive',
};

export function JobStateBadge({ state }: { state: JobState }) {
  return <Badge variant={VARIANTS[state]}>{JOB_STATE_LABELS[state]}</Badge>;
}
