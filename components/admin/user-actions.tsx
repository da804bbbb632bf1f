'use client';

import { disableUserAction, enableUserAction } from '@/lib/admin/actions';
import { displayName } from '@/lib/utils/names';
import { ReasonDialog } from '@/components/forms/reason-dialog';

type Props = { user: { id: string; name: string | null; email: string; status: string } };

/** Disable (signs the user out everywhere) or enable an account; the page hides this for oneself. */
export function UserActions({ user }: Props) {
  const who = displayName(user);
  if (user.status === 'active') {
    return (
      <ReasonDialog
        triggerLabel="Disable"
        triggerSize="sm"
        triggerVariant="outline"
        title={`Disable ${who}?`}
        description={`${user.email} will be signed out everywhere at once and cannot sign in until enabled again. Their memberships and data stay as they are.`}
        confirmLabel="Disable account"
        destructive
        action={(reason) => disableUserAction({ userId: user.id, reason })}
        successMessage={`${who} is disabled and signed out.`}
        unchangedMessage={`${who} was already disabled.`}
      />
    );
  }
  return (
    <ReasonDialog
      triggerLabel="Enable"
      triggerSize="sm"
      title={`Enable ${who}?`}
      description={`${user.email} will be able to sign in again.`}
      confirmLabel="Enable account"
      action={(reason) => enableUserAction({ userId: user.id, reason })}
      successMessage={`${who} can sign in again.`}
      unchangedMessage={`${who} was already active.`}
    />
  );
}
