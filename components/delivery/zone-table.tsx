import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ZoneListRow } from '@/lib/delivery/zones/list-zones';
import { ZoneRowActions } from './zone-row-actions';

type Props = { slug: string; rows: ZoneListRow[]; zoneCount: number };

/** "Mirabad, Yakkasaray +3" — the first few of a list, and how many more. */
function summary(values: string[], shown = 3): string {
  return values.length <= shown ? values.join(', ') : `${values.slice(0, shown).join(', ')} +${values.length - shown}`;
}

/** Zones in matching order: where they deliver, their tariffs, state and actions. */
export function ZoneTable({ slug, rows, zoneCount }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="w-12">#</TableHead>
            <TableHead>Zone</TableHead>
            <TableHead>Covers</TableHead>
            <TableHead className="text-right">Tariffs</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((z) => (
            <TableRow key={z.id}>
              <TableCell className="tabular-nums text-muted-foreground">{z.position}</TableCell>
              <TableCell>
                <Link href={`/dashboard/${slug}/delivery-zones/${z.id}`} className="font-medium hover:underline">
                  {z.name}
                </Link>
                <div className="text-sm text-muted-foreground">{z.city}</div>
              </TableCell>
              <TableCell className="max-w-80 text-sm">
                {z.districts.length === 0 && z.postalCodes.length === 0 ? (
                  <span className="text-muted-foreground">The whole city</span>
                ) : (
                  <>
                    {z.districts.length > 0 && <div>Districts: {summary(z.districts)}</div>}
                    {z.postalCodes.length > 0 && <div>Postal codes: {summary(z.postalCodes)}</div>}
                  </>
                )}
              </TableCell>
              <TableCell className="text-right tabular-nums">
                {z.activeTariffs === z.tariffs ? z.tariffs : `${z.activeTariffs} of ${z.tariffs} active`}
              </TableCell>
              <TableCell>{z.isActive ? <Badge variant="success">Active</Badge> : <Badge variant="secondary">Inactive</Badge>}</TableCell>
              <TableCell>
                <ZoneRowActions slug={slug} zone={z} isFirst={z.position === 1} isLast={z.position === zoneCount} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
