import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { MemberRole } from '@/db/schema/tenancy/memberships';
import type { InvitationRow } from '@/lib/tenancy/invitations/list-invitations';
import { displayName } from '@/lib/utils/names';
import { ROLE_LABELS } from '../role-labels';
import { InvitationActions } from './invitation-actions';

type Props = { invitations: InvitationRow[]; org: { slug: string; timezone: string }; canInvite: boolean; roles: MemberRole[]; now: Date };

/** Open invitations: who, which role, invited by whom, until when; resend and revoke (on phones the details fold under the email). */
export function InvitationsTable({ invitations, org, canInvite, roles, now }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Email</TableHead>
          <TableHead className="hidden sm:table-cell">Role</TableHead>
          <TableHead className="hidden md:table-cell">Invited by</TableHead>
          <TableHead className="hidden sm:table-cell">Expires</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitations.map((inv) => {
          const expires =
            inv.expiresAt <= now ? <Badge variant="warning">Expired</Badge> : <DateTime value={inv.expiresAt} timeZone={org.timezone} dateOnly className="text-muted-foreground" />;
          const inviter = displayName({ name: inv.invitedByName, email: inv.invitedByEmail });
          return (
            <TableRow key={inv.id}>
              <TableCell>
                <span className="font-medium break-all">{inv.email}</span>
                <div className="mt-1 flex flex-col gap-1 text-xs text-muted-foreground md:hidden">
                  <span className="sm:hidden">
                    {ROLE_LABELS[inv.role]} · invited by {inviter}
                  </span>
                  <span className="hidden sm:inline">Invited by {inviter}</span>
                  <span className="flex items-center gap-1 sm:hidden">Expires {expires}</span>
                </div>
              </TableCell>
              <TableCell className="hidden sm:table-cell">
                <Badge variant="outline">{ROLE_LABELS[inv.role]}</Badge>
              </TableCell>
              <TableCell className="hidden text-muted-foreground md:table-cell">{inviter}</TableCell>
              <TableCell className="hidden sm:table-cell">{expires}</TableCell>
              <TableCell className="text-right">
                {canInvite && roles.includes(inv.role) && <InvitationActions slug={org.slug} invitationId={inv.id} email={inv.email} />}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
