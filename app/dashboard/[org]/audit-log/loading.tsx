import { AuditLogSkeleton } from '@/components/audit/audit-log-skeleton';

export default function Loading() {
  return <AuditLogSkeleton />;
}
