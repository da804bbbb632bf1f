import { Skeleton } from '@/components/ui/skeleton';

/** What an audit-log page shows while its rows load. */
export function AuditLogSkeleton() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-16 w-full" />
      <Skeleton className="h-96 w-full" />
      <span className="sr-only" role="status">
        Loading the audit log
      </span>
    </div>
  );
}
