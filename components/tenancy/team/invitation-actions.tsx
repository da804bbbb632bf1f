'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { resendInvitationAction, revokeInvitationAction } from '@/lib/tenancy/invitations/actions';

/** Resend (a fresh link, 7 more days) and revoke (confirmed) for one open invitation. */
export function InvitationActions({ slug, invitationId, email }: { slug: string; invitationId: string; email: string }) {
  const router = useRouter();
  const [resending, startResend] = useTransition();
  const [revoking, setRevoking] = useState(false);

  const resend = () =>
    startResend(async () => {
      const result = await resendInvitationAction(slug, { invitationId });
      if (result.error) toast({ title: result.error.message, variant: 'destructive' });
      else if (!result.data.emailSent) toast({ title: 'The email could not be sent. Try again.', variant: 'destructive' });
      else toast({ title: `Invitation sent again to ${email}`, variant: 'success' });
      router.refresh();
    });

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
        triggerVariant="ghost"
        triggerSize="sm"
        triggerClassName="text-destructive hover:text-destructive"
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
