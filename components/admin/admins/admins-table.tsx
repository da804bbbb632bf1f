import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { AdminListRow } from '@/lib/admin/admins/list-admins';
import { RevokeRoleButton } from './revoke-role-button';
import { PLATFORM_ROLE_LABELS } from './role-labels';

type Props = {
  rows: AdminListRow[];
  selfId: string;
  /** Only super admins may take super admin away. */
  canManageSuperAdmins: boolean;
};

/** Platform staff, one row per role grant (grouped by person), with who granted it, when, and until when. Times in UTC. */
export function AdminsTable({ rows, selfId, canManageSuperAdmins }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <caption className="sr-only">Platform staff and their roles, times in UTC</caption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Person</TableHead>
            <TableHead scope="col">Role</TableHead>
            <TableHead scope="col">Granted</TableHead>
            <TableHead scope="col">Expires</TableHead>
            <TableHead scope="col">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.flatMap((person) => {
            const active = person.roles.filter((r) => !r.expired).length;
            return person.roles.map((grant, i) => {
              const ownLast = person.id === selfId && active <= 1 && !grant.expired;
              const protectedRole = grant.role === 'super_admin' && !canManageSuperAdmins;
              return (
                <TableRow key={grant.id}>
                  {i === 0 && (
                    <TableHead scope="rowgroup" rowSpan={person.roles.length} className="align-top font-normal">
                      <span className="flex flex-col">
                        <span className="font-medium text-foreground">{person.name ?? person.email}</span>
                        {person.name && <span className="text-muted-foreground">{person.email}</span>}
                        {person.id === selfId && <span className="text-xs text-muted-foreground">You</span>}
                        {person.status !== 'active' && (
                          <Badge variant="warning" className="mt-1 w-fit">
                            Account disabled
                          </Badge>
                        )}
                      </span>
                    </TableHead>
                  )}
                  <TableCell>
                    <Badge variant={grant.expired ? 'outline' : grant.role === 'super_admin' ? 'default' : 'secondary'}>{PLATFORM_ROLE_LABELS[grant.role]}</Badge>
                  </TableCell>
                  <TableCell>
                    <span className="flex flex-col">
                      <DateTime value={grant.grantedAt} dateOnly />
                      <span className="text-xs text-muted-foreground">{grant.grantedByEmail ? `by ${grant.grantedByEmail}` : 'by the system'}</span>
                    </span>
                  </TableCell>
                  <TableCell>
                    {grant.expiresAt ? (
                      <span className={grant.expired ? 'text-destructive' : undefined}>
                        {grant.expired ? 'Expired ' : ''}
                        <DateTime value={grant.expiresAt} dateOnly />
                      </span>
                    ) : (
                      <span className="text-muted-foreground">Never</span>
                    )}
                  </TableCell>
                  <TableCell className="text-right">
                    {ownLast ? (
                      <span className="text-xs text-muted-foreground">Your last role</span>
                    ) : protectedRole ? (
                      <span className="text-xs text-muted-foreground">Super admins only</span>
                    ) : (
                      <RevokeRoleButton grantId={grant.id} role={grant.role} email={person.email} />
                    )}
                  </TableCell>
                </TableRow>
              );
            });
          })}
        </TableBody>
      </Table>
    </div>
  );
}
