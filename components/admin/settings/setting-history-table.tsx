import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { SettingType } from '@/lib/admin/settings/schemas';
import { SettingValuePreview } from './setting-type-badge';

type Change = { id: string; oldValue: unknown; newValue: unknown; createdAt: Date; changedByEmail: string | null };

export function SettingHistoryTable({ type, rows }: { type: SettingType; rows: Change[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>By</TableHead>
          <TableHead>Before</TableHead>
          <TableHead>After</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((c) => (
          <TableRow key={c.id}>
            <TableCell>
              <DateTime value={c.createdAt} withSeconds />
            </TableCell>
            <TableCell className="max-w-56 truncate">{c.changedByEmail ?? <span className="text-muted-foreground">Removed user</span>}</TableCell>
            <TableCell>{c.oldValue === null ? <span className="text-muted-foreground">Created</span> : <SettingValuePreview type={type} value={c.oldValue} />}</TableCell>
            <TableCell>
              <SettingValuePreview type={type} value={c.newValue} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
