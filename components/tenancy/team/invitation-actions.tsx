'use client';

import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { resendInvitationAction, revokeInvitationAction } from '@/lib/tenancy/invitations/actions';

/** Resend (a fresh link, 7 more days) and revoke (confirmed) for one open invitation. */
export function InvitationActions({ slug, invitationId, email }: { slug: string; invitationId: string; email: string }) {
  const router = useRouter();
  const [resending, startResend] = useTransition();
  const [revoking, startRevoke] = useTransition();

  const resend = () =>
    startResend(async () => {
      const result = await resendInvitationAction(slug, { invitationId });
      if (result.error) toast({ title: result.error.message, variant: 'destructive' });
      else if (!result.data.emailSent) toast({ title: 'The email could not be sent. Try again.', variant: 'destructive' });
      else toast({ title: `Invitation sent again to ${email}`, variant: 'success' });
      router.refresh();
    });

  const revoke = () =>
    startRevoke(async () => {
      const result = await revokeInvitationAction(slug, { invitationId });
      if (result.error) toast({ title: result.error.message, variant: 'destructive' });
      else toast({ title: `Invitation to ${email} revoked`, variant: 'success' });
      router.refresh();
    });

  return (
    <div className="flex gap-1 sm:justify-end">
      <Button type="button" variant="ghost" size="sm" loading={resending} disabled={revoking} onClick={resend}>
        Resend<span className="sr-only"> to {email}</span>
      </Button>
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button type="button" variant="ghost" size="sm" loading={revoking} disabled={resending} className="text-destructive hover:text-destructive">
            Revoke<span className="sr-only"> invitation to {email}</span>
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Revoke the invitation to {email}?</AlertDialogTitle>
            <AlertDialogDescription>The link in their email stops working. You can invite them again later.</AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <AlertDialogAction variant="destructive" onClick={revoke}>
              Revoke invitation
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
