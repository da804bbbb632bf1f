import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { MemberRole } from '@/db/schema/tenancy/memberships';
import type { MemberRow } from '@/lib/tenancy/team/list-members';
import { displayName } from '@/lib/utils/names';
import { ROLE_LABELS } from '../role-labels';
import { LeaveOrganizationButton } from './leave-organization-button';
import { MemberRoleSelect } from './member-role-select';
import { RemoveMemberButton } from './remove-member-button';

type Props = {
  members: MemberRow[];
  org: { slug: string; name: string; timezone: string };
  myMembershipId: string;
  canManage: boolean;
  /** Roles the viewer may hand out (and so may change or remove). */
  roles: MemberRole[];
};

/**
 * Members with their role (editable where the viewer may), join date and remove/leave. The role
 * and the action share the last column, so they stay in reach at every width; on phones the
 * join date folds under the name.
 */
export function MembersTable({ members, org, myMembershipId, canManage, roles }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Member</TableHead>
          <TableHead className="hidden sm:table-cell">Joined</TableHead>
          <TableHead>Role</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((m) => {
          const isMe = m.membershipId === myMembershipId;
          const manageable = canManage && roles.includes(m.role);
          const name = displayName(m);
          const joined = <DateTime value={m.joinedAt} timeZone={org.timezone} dateOnly />;
          return (
            <TableRow key={m.membershipId}>
              <TableCell className="min-w-0 sm:min-w-48">
                <div className="flex flex-col">
                  <span className="font-medium">
                    {name}
                    {isMe && (
                      <Badge variant="secondary" className="ml-2 align-middle">
                        You
                      </Badge>
                    )}
                  </span>
                  <span className="text-xs break-all text-muted-foreground">{m.email}</span>
                  <span className="text-xs text-muted-foreground sm:hidden">Joined {joined}</span>
                </div>
              </TableCell>
              <TableCell className="hidden text-muted-foreground sm:table-cell">{joined}</TableCell>
              <TableCell>
                <div className="flex flex-col items-start gap-2 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
                  {manageable ? (
                    <MemberRoleSelect slug={org.slug} membershipId={m.membershipId} memberName={name} role={m.role} roles={roles} />
                  ) : (
                    <Badge variant="outline">{ROLE_LABELS[m.role]}</Badge>
                  )}
                  {isMe ? (
                    <LeaveOrganizationButton slug={org.slug} organizationName={org.name} />
                  ) : (
                    manageable && <RemoveMemberButton slug={org.slug} membershipId={m.membershipId} memberName={name} organizationName={org.name} />
                  )}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
