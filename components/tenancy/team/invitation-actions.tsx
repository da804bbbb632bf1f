'use client';

import { useState } from 'react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { useRunAction } from '@/components/forms/use-run-action';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { resendInvitationAction, revokeInvitationAction } from '@/lib/tenancy/invitations/actions';

/** Resend (a fresh link, 7 more days) and revoke (confirmed) for one open invitation. */
export function InvitationActions({ slug, invitationId, email }: { slug: string; invitationId: string; email: string }) {
  const { pending: resending, execute: resend } = useRunAction({
    run: () => resendInvitationAction(slug, { invitationId }),
    successMessage: (data) => (data.emailSent ? `Invitation sent again to ${email}` : null),
    onDone: (data) => {
      if (!data.emailSent) toast({ title: 'The email could not be sent. Try again.', variant: 'destructive' });
    },
    refresh: 'always',
  });
  const [revoking, setRevoking] = useState(false);

  return (
    <div className="flex gap-1 sm:justify-end">
      <Button type="button" variant="ghost" size="sm" loading={resending} disabled={revoking} onClick={resend}>
        Resend<span className="sr-only"> to {email}</span>
      </Button>
      <ConfirmActionButton
        trigger={
          <>
            Revoke<span className="sr-only"> invitation to {email}</span>
          </>
        }
        triggerVariant="ghost-destructive"
        triggerSize="sm"
        disabled={resending}
        onPendingChange={setRevoking}
        title={`Revoke the invitation to ${email}?`}
        description="The link in their email stops working. You can invite them again later."
        confirmLabel="Revoke invitation"
        destructive
        run={() => revokeInvitationAction(slug, { invitationId })}
        successMessage={`Invitation to ${email} revoked`}
        refresh="always"
      />
    </div>
  );
}
