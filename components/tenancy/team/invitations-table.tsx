import { formatDate } from '@/components/dashboard/format-date';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { MemberRole } from '@/db/schema/tenancy/memberships';
import type { InvitationRow } from '@/lib/tenancy/invitations/list-invitations';
import { ROLE_LABELS } from '../role-labels';
import { InvitationActions } from './invitation-actions';

type Props = { invitations: InvitationRow[]; org: { slug: string; timezone: string }; canInvite: boolean; roles: MemberRole[]; now: Date };

/** Open invitations: who, which role, invited by whom, until when; resend and revoke. */
export function InvitationsTable({ invitations, org, canInvite, roles, now }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Email</TableHead>
          <TableHead className="hidden sm:table-cell">Role</TableHead>
          <TableHead className="hidden md:table-cell">Invited by</TableHead>
          <TableHead className="hidden sm:table-cell">Expires</TableHead>
          <TableHead className="hidden sm:table-cell">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitations.map((inv) => {
          const expires =
            inv.expiresAt <= now ? <Badge variant="warning">Expired</Badge> : <span className="text-muted-foreground">{formatDate(inv.expiresAt, org.timezone)}</span>;
          const inviter = inv.invitedByName || inv.invitedByEmail || 'A former member';
          const actions = canInvite && roles.includes(inv.role) ? <InvitationActions slug={org.slug} invitationId={inv.id} email={inv.email} /> : null;
          return (
            <TableRow key={inv.id}>
              <TableCell>
                <span className="font-medium break-all">{inv.email}</span>
                <div className="mt-1 flex flex-col gap-1 text-xs text-muted-foreground sm:hidden">
                  <span>
                    {ROLE_LABELS[inv.role]} · invited by {inviter}
                  </span>
                  <span className="flex items-center gap-1">Expires {expires}</span>
                  <div className="-ml-3">{actions}</div>
                </div>
              </TableCell>
              <TableCell className="hidden sm:table-cell">
                <Badge variant="outline">{ROLE_LABELS[inv.role]}</Badge>
              </TableCell>
              <TableCell className="hidden text-muted-foreground md:table-cell">{inviter}</TableCell>
              <TableCell className="hidden whitespace-nowrap sm:table-cell">{expires}</TableCell>
              <TableCell className="hidden text-right sm:table-cell">{actions}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
