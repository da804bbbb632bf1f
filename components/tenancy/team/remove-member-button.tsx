'use client';

import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { removeMemberAction } from '@/lib/tenancy/team/actions';

export function RemoveMemberButton({ slug, membershipId, memberName, organizationName }: { slug: string; membershipId: string; memberName: string; organizationName: string }) {
  return (
    <ConfirmActionButton
      trigger={
        <>
          Remove<span className="sr-only"> {memberName}</span>
        </>
      }
      triggerVariant="ghost-destructive"
      triggerSize="sm"
      title={`Remove ${memberName}?`}
      description={`They lose access to ${organizationName} at once. You can invite them again later.`}
      confirmLabel="Remove member"
      destructive
      run={() => removeMemberAction(slug, { membershipId })}
      successMessage={`${memberName} was removed`}
      refresh="success"
    />
  );
}
