import { Check, Minus } from 'lucide-react';
import type { UserListRow } from '@/lib/admin/list-users';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { StatusBadge } from './status-badge';
import { UserActions } from './user-actions';

function YesNo({ value, label }: { value: boolean; label: string }) {
  return value ? (
    <span className="inline-flex items-center gap-1">
      <Check aria-hidden="true" className="size-4 text-success" />
      <span className="sr-only">{label}: </span>Yes
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 text-muted-foreground">
      <Minus aria-hidden="true" className="size-4" />
      <span className="sr-only">{label}: </span>No
    </span>
  );
}

const roleName = (role: string) => role.replace(/_/g, ' ');

/** What the hidden columns say, as a few lines under the name on narrow screens. */
function Summary({ user }: { user: UserListRow }) {
  const facts = [
    user.emailVerified ? 'Email verified' : 'Email not verified',
    user.mfaEnabled ? 'Two-factor on' : 'No two-factor',
    `${user.membershipsCount} ${user.membershipsCount === 1 ? 'org' : 'orgs'}`,
    ...user.platformRoles.map(roleName),
  ];
  return (
    <div className="mt-1 flex flex-col text-xs text-muted-foreground lg:hidden">
      <span>{facts.join(' · ')}</span>
      <span>
        Last sign-in <DateTime value={user.lastLoginAt} />
      </span>
      <span className="sm:hidden">
        Created <DateTime value={user.createdAt} dateOnly />
      </span>
    </div>
  );
}

/**
 * Accounts with their state; the last column holds Disable/Enable for admins allowed to use
 * them, at every width. Below `lg` the read-only columns fold into a line under the name.
 */
export function UsersTable({ rows, canDisable, selfId }: { rows: UserListRow[]; canDisable: boolean; selfId: string }) {
  const wide = 'hidden lg:table-cell';
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>User</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className={wide}>Verified</TableHead>
          <TableHead className={wide}>MFA</TableHead>
          <TableHead className={wide}>Platform roles</TableHead>
          <TableHead className={`${wide} text-right`}>Orgs</TableHead>
          <TableHead className={wide}>Last sign-in</TableHead>
          <TableHead className="hidden sm:table-cell">Created</TableHead>
          {canDisable && (
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((u) => (
          <TableRow key={u.id}>
            <TableCell>
              <div className="font-medium">{u.name || <span className="text-muted-foreground">No name</span>}</div>
              <div className="text-xs break-all text-muted-foreground">{u.email}</div>
              <Summary user={u} />
            </TableCell>
            <TableCell>
              <StatusBadge status={u.status} />
              {u.status !== 'active' && u.statusReason && (
                <div className="mt-1 max-w-48 truncate text-xs text-muted-foreground" title={u.statusReason}>
                  {u.statusReason}
                </div>
              )}
            </TableCell>
            <TableCell className={wide}>
              <YesNo value={Boolean(u.emailVerified)} label="Email verified" />
            </TableCell>
            <TableCell className={wide}>
              <YesNo value={u.mfaEnabled} label="Two-factor" />
            </TableCell>
            <TableCell className={wide}>
              {u.platformRoles.length ? (
                <div className="flex flex-wrap gap-1">
                  {u.platformRoles.map((r) => (
                    <Badge key={r} variant="secondary">
                      {roleName(r)}
                    </Badge>
                  ))}
                </div>
              ) : (
                <span className="text-muted-foreground">None</span>
              )}
            </TableCell>
            <TableCell className={`${wide} text-right tabular-nums`}>{u.membershipsCount}</TableCell>
            <TableCell className={wide}>
              <DateTime value={u.lastLoginAt} />
            </TableCell>
            <TableCell className="hidden sm:table-cell">
              <DateTime value={u.createdAt} dateOnly />
            </TableCell>
            {canDisable && (
              <TableCell className="text-right">
                {u.id === selfId ? <span className="text-xs text-muted-foreground">You</span> : <UserActions user={u} />}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
