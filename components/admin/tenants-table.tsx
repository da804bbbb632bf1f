import Link from 'next/link';
import type { TenantListRow } from '@/lib/admin/list-tenants';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { DateTime } from '@/components/ui/date-time';
import { KIND_LABELS, PLAN_LABELS } from '@/lib/tenancy/labels';
import { StatusBadge } from './status-badge';

export function TenantsTable({ rows }: { rows: TenantListRow[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Organization</TableHead>
          <TableHead>Kind</TableHead>
          <TableHead>Plan</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Owner</TableHead>
          <TableHead className="text-right">Members</TableHead>
          <TableHead>Created</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((t) => (
          <TableRow key={t.id}>
            <TableCell>
              <Link href={`/admin/tenants/${t.id}`} className="font-medium hover:underline">
                {t.name}
              </Link>
              <div className="text-xs text-muted-foreground">{t.slug}</div>
            </TableCell>
            <TableCell>{KIND_LABELS[t.kind]}</TableCell>
            <TableCell>{PLAN_LABELS[t.plan]}</TableCell>
            <TableCell>
              <StatusBadge status={t.status} />
            </TableCell>
            <TableCell className="max-w-56 truncate">{t.ownerEmail ?? <span className="text-muted-foreground">No owner</span>}</TableCell>
            <TableCell className="text-right tabular-nums">{t.membersCount}</TableCell>
            <TableCell>
              <DateTime value={t.createdAt} dateOnly />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
