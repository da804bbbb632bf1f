import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { WebhookEventRow } from '@/lib/admin/integrations/list-webhook-events';
import { WEBHOOK_SOURCE_LABELS } from '@/lib/admin/integrations/schemas';

export function WebhookEventsTable({ rows }: { rows: WebhookEventRow[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Received</TableHead>
          <TableHead>Source</TableHead>
          <TableHead>Event</TableHead>
          <TableHead>Organization</TableHead>
          <TableHead>Outcome</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((event) => (
          <TableRow key={`${event.source}:${event.eventId}:${event.organization?.id ?? ''}`}>
            <TableCell>
              <DateTime value={event.receivedAt} withSeconds />
            </TableCell>
            <TableCell>
              <Badge variant={event.source === 'billing' ? 'default' : 'secondary'}>{WEBHOOK_SOURCE_LABELS[event.source]}</Badge>
              <div className="mt-1 text-xs text-muted-foreground">{event.provider}</div>
            </TableCell>
            <TableCell>
              <div className="font-mono text-sm">{event.eventType}</div>
              <div className="font-mono text-xs break-all text-muted-foreground">{event.eventId}</div>
            </TableCell>
            <TableCell>
              {event.organization ? (
                <Link href={`/admin/tenants/${event.organization.id}`} className="font-medium hover:underline">
                  {event.organization.name ?? event.organization.id}
                </Link>
              ) : (
                <span className="text-muted-foreground">Not matched</span>
              )}
            </TableCell>
            <TableCell className="text-sm">{event.outcome ?? 'processed'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
