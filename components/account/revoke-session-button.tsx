'use client';

import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { revokeOtherSessionsAction, revokeSessionAction } from '@/lib/account/actions';

/** Signs one other browser out, after confirming. */
export function RevokeSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  return (
    <ConfirmActionButton
      trigger={
        <>
          Sign out<span className="sr-only"> {device}</span>
        </>
      }
      triggerSize="sm"
      title="Sign out this session?"
      description={`${device} will need to sign in again.`}
      confirmLabel="Sign out"
      destructive
      run={() => revokeSessionAction({ sessionId })}
      successMessage={`${device} was signed out.`}
    />
  );
}

/** "Sign out everywhere else": every session but this one. */
export function RevokeOtherSessionsButton() {
  return (
    <ConfirmActionButton
      trigger="Sign out everywhere else"
      title="Sign out of every other session?"
      description="Every browser and device except this one will need to sign in again."
      confirmLabel="Sign out everywhere else"
      destructive
      run={() => revokeOtherSessionsAction({})}
      successMessage={({ ended }) => `Signed out of ${ended} other session${ended === 1 ? '' : 's'}.`}
    />
  );
}
