'use client';

import { useRouter } from 'next/navigation';
import { LogOut } from 'lucide-react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { leaveOrganizationAction } from '@/lib/tenancy/team/actions';

/** Leave the organization (confirmed first). The last owner is told why they cannot. */
export function LeaveOrganizationButton({ slug, organizationName }: { slug: string; organizationName: string }) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      trigger={
        <>
          <LogOut aria-hidden="true" />
          Leave organization
        </>
      }
      triggerSize="sm"
      title={`Leave ${organizationName}?`}
      description="You will lose access to its dashboard at once. To come back, someone has to invite you again."
      confirmLabel="Leave"
      pendingLabel="Leaving…"
      destructive
      run={() => leaveOrganizationAction(slug, {})}
      successMessage={`You left ${organizationName}.`}
      onDone={() => router.push('/dashboard')}
    />
  );
}
