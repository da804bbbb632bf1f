import { Ban } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { Organization } from '@/db/schema';

/** Shown on every dashboard page while the organization is not active (suspended or cancelled by the platform). */
export function SuspendedBanner({ org }: { org: Pick<Organization, 'status' | 'statusReason'> }) {
  if (org.status === 'active') return null;
  const title =
    org.status === 'suspended'
      ? `Your store is suspended${org.statusReason ? `: ${org.statusReason.replace(/\.$/, '')}` : ''}.`
      : `This organization has been cancelled${org.statusReason ? `: ${org.statusReason.replace(/\.$/, '')}` : ''}.`;
  return (
    // A status, not an alert: it is on every page while it lasts, and an alert would interrupt each one.
    <Alert variant="destructive">
      <Ban aria-hidden="true" />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>Shoppers see it as unavailable. Contact platform support if you think this is a mistake.</AlertDescription>
    </Alert>
  );
}
