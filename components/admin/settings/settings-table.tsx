import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { PlatformSettingRow } from '@/lib/admin/settings/list-platform-settings';
import { EditSettingDialog } from './edit-setting-dialog';
import { SettingTypeBadge, SettingValuePreview } from './setting-type-badge';

export function SettingsTable({ rows }: { rows: PlatformSettingRow[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Key</TableHead>
          <TableHead>Type</TableHead>
          <TableHead>Value</TableHead>
          <TableHead>Updated</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((s) => (
          <TableRow key={s.key}>
            <TableCell className="max-w-80">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-sm font-medium">{s.key}</span>
                {s.isPublic && <Badge variant="secondary">Public</Badge>}
              </div>
              {s.description && <div className="text-xs text-muted-foreground">{s.description}</div>}
            </TableCell>
            <TableCell>
              <SettingTypeBadge type={s.type} />
            </TableCell>
            <TableCell>
              <SettingValuePreview type={s.type} value={s.value} />
            </TableCell>
            <TableCell>
              <DateTime value={s.updatedAt} />
            </TableCell>
            <TableCell>
              <div className="flex justify-end gap-2">
                <EditSettingDialog setting={{ key: s.key, type: s.type, value: s.value, description: s.description }} />
                <Link
                  href={`/admin/settings/${encodeURIComponent(s.key)}`}
                  className="inline-flex h-9 items-center rounded-md px-3 text-sm hover:bg-accent"
                  aria-label={`History of ${s.key}`}
                >
                  History
                </Link>
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
