import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ImpersonationSessionRow } from '@/lib/admin/impersonation/list-impersonation-sessions';

const STATE = {
  open: { label: 'Open', variant: 'warning' },
  ended: { label: 'Ended', variant: 'secondary' },
  expired: { label: 'Expired', variant: 'outline' },
} as const;

/** Recent support sessions in one tenant: who, how, why, and when they stopped. Times in UTC. */
export function ImpersonationSessionsTable({ rows }: { rows: ImpersonationSessionRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">No support sessions yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <caption className="sr-only">Recent support sessions, newest first, times in UTC</caption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Admin</TableHead>
            <TableHead scope="col">Access</TableHead>
            <TableHead scope="col">Reason</TableHead>
            <TableHead scope="col">Started</TableHead>
            <TableHead scope="col">Stopped</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((s) => (
            <TableRow key={s.id}>
              <TableCell className="font-medium">{s.adminEmail}</TableCell>
              <TableCell>{s.mode === 'read_write' ? <Badge variant="destructive">Read and write</Badge> : <Badge variant="outline">Read-only</Badge>}</TableCell>
              <TableCell className="max-w-xs break-words">{s.reason}</TableCell>
              <TableCell>
                <DateTime value={s.startedAt} />
              </TableCell>
              <TableCell>
                <span className="flex flex-wrap items-center gap-2">
                  <Badge variant={STATE[s.state].variant}>{STATE[s.state].label}</Badge>
                  {s.state === 'ended' && <DateTime value={s.endedAt} />}
                  {s.state !== 'ended' && (
                    <span className="text-muted-foreground">
                      {s.state === 'open' ? 'until ' : ''}
                      <DateTime value={s.expiresAt} />
                    </span>
                  )}
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
