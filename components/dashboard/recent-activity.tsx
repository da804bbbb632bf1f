import { History } from 'lucide-react';
import { DateTime } from '@/components/ui/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { displayName } from '@/lib/utils/names';
import { activityLabel, activitySubject } from './activity-label';

export type ActivityRow = {
  id: string;
  action: string;
  actorType: 'user' | 'platform_admin' | 'system';
  actorName: string | null;
  actorEmail: string | null;
  oldValues: unknown;
  newValues: unknown;
  createdAt: Date;
};

function actorOf(row: ActivityRow) {
  if (row.actorType === 'system') return 'The platform';
  const who = displayName({ name: row.actorName, email: row.actorEmail });
  return row.actorType === 'platform_admin' ? `${who} (platform staff)` : who;
}

/** The organization's latest audit rows, newest first. */
export function RecentActivity({ rows, timeZone }: { rows: ActivityRow[]; timeZone: string }) {
  if (rows.length === 0) {
    return <EmptyState icon={History} title="No activity yet" description="Changes to settings, domains and the team will appear here." className="py-8" />;
  }
  return (
    <ol className="flex flex-col divide-y">
      {rows.map((row) => {
        const subject = activitySubject(row);
        return (
          <li key={row.id} className="flex flex-col gap-0.5 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
            <p className="text-sm">
              <span className="font-medium">{actorOf(row)}</span> {activityLabel(row.action)}
              {subject && (
                <>
                  {': '}
                  <span className="break-all text-muted-foreground">{subject}</span>
                </>
              )}
            </p>
            <DateTime value={row.createdAt} timeZone={timeZone} className="shrink-0 text-xs text-muted-foreground" />
          </li>
        );
      })}
    </ol>
  );
}
