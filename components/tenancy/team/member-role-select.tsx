'use client';

import { useState, useTransition } from 'react';
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
} from '@/components/ui/alert-dialog';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/use-toast';
import type { MemberRole } from '@/db/schema/tenancy/memberships';
import { changeMemberRoleAction } from '@/lib/tenancy/team/actions';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../role-labels';

const withArticle = (role: MemberRole) => `${role === 'admin' || role === 'owner' ? 'an' : 'a'} ${ROLE_LABELS[role].toLowerCase()}`;

/**
 * A member's role: picking another one asks for confirmation first. Refused changes (the last
 * owner, owners-only) leave the role as it was and say why.
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
  const router = useRouter();
  const [proposed, setProposed] = useState<MemberRole | null>(null);
  const [pending, start] = useTransition();

  const confirm = (next: MemberRole) =>
    start(async () => {
      const result = await changeMemberRoleAction(slug, { membershipId, role: next });
      setProposed(null);
      if (result.error) {
        toast({ title: result.error.message, variant: 'destructive' });
        return;
      }
      toast({ title: `${memberName} is now ${withArticle(next)}`, variant: 'success' });
      router.refresh();
    });

  return (
    <>
      <Select
        aria-label={`Role of ${memberName}`}
        value={proposed ?? role}
        disabled={pending}
        aria-busy={pending || undefined}
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
      <AlertDialog open={proposed !== null && proposed !== role} onOpenChange={(open) => !open && !pending && setProposed(null)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>
              Make {memberName} {proposed && withArticle(proposed)}?
            </AlertDialogTitle>
            <AlertDialogDescription>
              {proposed && ROLE_DESCRIPTIONS[proposed]} Current role: {ROLE_LABELS[role]}.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
            <AlertDialogAction
              disabled={pending}
              onClick={(event) => {
                event.preventDefault();
                if (proposed) confirm(proposed);
              }}
            >
              {pending ? 'Changing…' : 'Change role'}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </>
  );
}
