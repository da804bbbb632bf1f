import { LoadingPage } from '@/components/ui/loading-page';
import { Skeleton } from '@/components/ui/skeleton';

/** What an audit-log page shows while its rows load. */
export function AuditLogSkeleton() {
  return (
    <LoadingPage label="Loading the audit log">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-16 w-full" />
      <Skeleton className="h-96 w-full" />
    </LoadingPage>
  );
}
