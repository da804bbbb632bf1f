'use client';

import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { revokePlatformRoleAction } from '@/lib/admin/admins/actions';
import type { PlatformRole } from '@/lib/server/permissions';
import { PLATFORM_ROLE_LABELS } from './role-labels';

/** Takes one role away from one person, after a confirmation. */
export function RevokeRoleButton({ grantId, role, email }: { grantId: string; role: PlatformRole; email: string }) {
  const label = PLATFORM_ROLE_LABELS[role];
  return (
    <ConfirmActionButton
      trigger={
        <>
          Revoke<span className="sr-only"> {label} from {email}</span>
        </>
      }
      triggerSize="sm"
      triggerVariant="outline"
      title={`Revoke ${label} from ${email}?`}
      description="It stops working at once, including any support session it allowed. This is recorded in the audit log."
      confirmLabel="Revoke role"
      pendingLabel="Revoking…"
      destructive
      run={() => revokePlatformRoleAction({ grantId })}
      successMessage={`${label} revoked from ${email}.`}
      refresh="always"
    />
  );
}
