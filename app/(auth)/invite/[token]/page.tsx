import type { Metadata } from 'next';
import Link from 'next/link';
import { MailX } from 'lucide-react';
import { AcceptInvitationButton } from '@/components/tenancy/invitations/accept-invitation-button';
import { NewMemberForm } from '@/components/tenancy/invitations/new-member-form';
import { roleWithArticle } from '@/components/tenancy/role-labels';
import { Button, buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader } from '@/components/ui/card';
import { getCurrentUser } from '@/lib/auth/current-user';
import { signOutForInvitationAction } from '@/lib/tenancy/invitations/actions';
import { getInvitationByToken } from '@/lib/tenancy/invitations/get-invitation-by-token';

export const metadata: Metadata = { title: 'Invitation', robots: { index: false } };

function Message({ title, children, action }: { title: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <Card>
      <CardHeader className="items-center gap-3 text-center">
        <div className="flex size-12 items-center justify-center rounded-full bg-muted">
          <MailX aria-hidden="true" className="size-6 text-muted-foreground" />
        </div>
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        <CardDescription>{children}</CardDescription>
      </CardHeader>
      {action && <CardContent className="flex justify-center">{action}</CardContent>}
    </Card>
  );
}

const CLOSED = {
  expired: { title: 'This invitation has expired', text: 'Invitations work for 7 days. Ask the person who invited you to send a new one.' },
  revoked: { title: 'This invitation was withdrawn', text: 'It can no longer be used. Ask the organization for a new invitation if you still need access.' },
  accepted: { title: 'This invitation has already been used', text: 'If it was you, sign in to open the dashboard.' },
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([getInvitationByToken(token), getCurrentUser()]);
  const home = (
    <Link href={user ? '/dashboard' : '/sign-in'} className={buttonVariants({ variant: 'outline' })}>
      {user ? 'Go to your dashboard' : 'Sign in'}
    </Link>
  );

  if (!invitation) {
    return (
      <Message title="This invitation link is not valid" action={home}>
        Check that you opened the whole link from the email. Links stop working when a newer invitation is sent.
      </Message>
    );
  }
  if (invitation.state !== 'open') {
    const closed = CLOSED[invitation.state];
    return (
      <Message title={closed.title} action={home}>
        {closed.text}
      </Message>
    );
  }

  const signedInAsInvitee = user && user.email.toLowerCase() === invitation.email.toLowerCase();
  const callback = encodeURIComponent(`/invite/${token}`);

  return (
    <Card>
      <CardHeader className="gap-2">
        <p className="text-sm font-medium text-muted-foreground">You are invited</p>
        <h1 className="text-xl font-semibold tracking-tight">Join {invitation.organization.name}</h1>
        <CardDescription>
          {invitation.inviterName} invited <span className="font-medium break-all text-foreground">{invitation.email}</span> to join as{' '}
          <span className="font-medium text-foreground">{roleWithArticle(invitation.role)}</span>.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {signedInAsInvitee ? (
          <AcceptInvitationButton token={token} organizationName={invitation.organization.name} />
        ) : user ? (
          <>
            <p className="text-sm">
              You are signed in as <span className="font-medium break-all">{user.email}</span>, but this invitation is for{' '}
              <span className="font-medium break-all">{invitation.email}</span>. Sign out, then open this link again to accept it with that address.
            </p>
            <form action={signOutForInvitationAction.bind(null, token)}>
              <Button type="submit" variant="outline" className="w-full">
                Sign out
              </Button>
            </form>
          </>
        ) : invitation.hasAccount ? (
          <>
            <p className="text-sm text-muted-foreground">You already have an account with this address. Sign in to accept.</p>
            <Link href={`/sign-in?callbackUrl=${callback}`} className={buttonVariants({ size: 'lg' })}>
              Sign in to accept
            </Link>
          </>
        ) : (
          <NewMemberForm token={token} email={invitation.email} />
        )}
      </CardContent>
    </Card>
  );
}
