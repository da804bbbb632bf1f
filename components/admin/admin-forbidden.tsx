import { ShieldAlert } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';

/** For platform staff whose back-office role does not cover this section; it stands in for the page. */
export function AdminForbidden({ section }: { section: string }) {
  return (
    <EmptyState
      as="h1"
      icon={ShieldAlert}
      eyebrow="403 · Forbidden"
      title={`Your role does not include ${section}`}
      description="Ask a super admin to grant you a role that does, if you need it."
    />
  );
}
