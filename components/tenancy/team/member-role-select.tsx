'use client';

import { useRef, useState } from 'react';
import { ConfirmActionButton } from '@/components/forms/confirm-action-button';
import { Select } from '@/components/ui/select';
import type { MemberRole } from '@/db/schema/tenancy/memberships';
import { changeMemberRoleAction } from '@/lib/tenancy/team/actions';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, roleWithArticle } from '../role-labels';

/**
 * A member's role: picking another one asks for confirmation first. The select shows the pick
 * until the refreshed page has the new role; a refused change (the last owner, owners-only)
 * goes back to the role as it was and says why.
 */
export function MemberRoleSelect({
  slug,
  membershipId,
  memberName,
  role,
  roles,
}: {
  slug: string;
  membershipId: string;
  memberName: string;
  role: MemberRole;
  roles: MemberRole[];
}) {
  const [proposed, setProposed] = useState<MemberRole | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const next = proposed ?? role;

  return (
    <>
      <Select
        ref={selectRef}
        aria-label={`Role of ${memberName}`}
        value={next}
        wrapperClassName="w-36"
        className="h-9"
        onChange={(e) => setProposed(e.target.value as MemberRole)}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </Select>
      <ConfirmActionButton
        open={next !== role}
        onOpenChange={(open) => {
          if (!open) setProposed(null);
        }}
        returnFocusTo={selectRef}
        title={`Make ${memberName} ${roleWithArticle(next)}?`}
        description={`${ROLE_DESCRIPTIONS[next]} Current role: ${ROLE_LABELS[role]}.`}
        confirmLabel="Change role"
        pendingLabel="Changing…"
        run={() => changeMemberRoleAction(slug, { membershipId, role: next })}
        successMessage={`${memberName} is now ${roleWithArticle(next)}`}
        refresh="success"
      />
    </>
  );
}
