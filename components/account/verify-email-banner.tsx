import { MailWarning } from 'lucide-react';
import type { User } from '@/db/schema';
import { DismissibleNotice } from './dismissible-notice';
import { ResendVerificationButton } from './resend-verification-button';

/** Reminds a user with an unconfirmed address to confirm it, with a resend button. Renders nothing once confirmed. */
export function VerifyEmailBanner({ user }: { user: Pick<User, 'id' | 'email' | 'emailVerified'> }) {
  if (user.emailVerified) return null;
  return (
    <DismissibleNotice storageKey={`verify-email-banner:${user.id}`}>
      <MailWarning aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-warning" />
      <div className="flex min-w-0 flex-1 flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm">
          <span className="font-medium">Confirm your email address.</span>{' '}
          <span className="text-muted-foreground">
            We sent a link to <span className="font-medium wrap-anywhere text-foreground">{user.email}</span>. Open it to confirm the address.
          </span>
        </p>
        <ResendVerificationButton className="self-start sm:self-auto" />
      </div>
    </DismissibleNotice>
  );
}
