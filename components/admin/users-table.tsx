import { Check, Minus } from 'lucide-react';
import type { UserListRow } from '@/lib/admin/list-users';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { DateTime } from './date-time';
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

/** Accounts with their state; the last column holds Disable/Enable for admins allowed to use them. */
export function UsersTable({ rows, canDisable, selfId }: { rows: UserListRow[]; canDisable: boolean; selfId: string }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>User</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Verified</TableHead>
          <TableHead>MFA</TableHead>
          <TableHead>Platform roles</TableHead>
          <TableHead className="text-right">Orgs</TableHead>
          <TableHead>Last sign-in</TableHead>
          <TableHead>Created</TableHead>
          {canDisable && (
            <TableHead className="hidden sm:table-cell">
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
              <div className="text-xs text-muted-foreground">{u.email}</div>
              {/* On phones the action sits under the name, not at the far end of a scrolling row. */}
              {canDisable && u.id !== selfId && (
                <div className="mt-2 sm:hidden">
                  <UserActions user={u} />
                </div>
              )}
            </TableCell>
            <TableCell>
              <StatusBadge status={u.status} />
              {u.status !== 'active' && u.statusReason && (
                <div className="mt-1 max-w-48 truncate text-xs text-muted-foreground" title={u.statusReason}>
                  {u.statusReason}
                </div>
              )}
            </TableCell>
            <TableCell>
              <YesNo value={Boolean(u.emailVerified)} label="Email verified" />
            </TableCell>
            <TableCell>
              <YesNo value={u.mfaEnabled} label="Two-factor" />
            </TableCell>
            <TableCell>
              {u.platformRoles.length ? (
                <div className="flex flex-wrap gap-1">
                  {u.platformRoles.map((r) => (
                    <Badge key={r} variant="secondary">
                      {r.replace(/_/g, ' ')}
                    </Badge>
                  ))}
                </div>
              ) : (
                <span className="text-muted-foreground">None</span>
              )}
            </TableCell>
            <TableCell className="text-right tabular-nums">{u.membershipsCount}</TableCell>
            <TableCell>
              <DateTime value={u.lastLoginAt} />
            </TableCell>
            <TableCell>
              <DateTime value={u.createdAt} dateOnly />
            </TableCell>
            {canDisable && (
              <TableCell className="hidden text-right sm:table-cell">
                {u.id === selfId ? <span className="text-xs text-muted-foreground">You</span> : <UserActions user={u} />}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
