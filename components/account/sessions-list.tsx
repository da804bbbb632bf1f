import { Monitor, Smartphone } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { Pagination } from '@/components/ui/pagination';
import type { SessionSummary } from '@/lib/account/list-sessions';
import { describeUserAgent } from '@/lib/account/user-agent';
import { RevokeOtherSessionsButton, RevokeSessionButton } from './revoke-session-button';

type SessionsListProps = {
  sessions: { items: SessionSummary[]; total: number; page: number; totalPages: number };
  basePath: string;
};

/** The account's signed-in browsers, with sign-out for each other one. */
export function SessionsList({ sessions, basePath }: SessionsListProps) {
  return (
    <div className="flex flex-col gap-4">
      <ul className="divide-y rounded-lg border">
        {sessions.items.map((s) => {
          const device = describeUserAgent(s.userAgent);
          const Icon = /iOS|Android/.test(device) ? Smartphone : Monitor;
          return (
            <li key={s.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="flex min-w-0 items-start gap-3">
                <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
                <div className="flex min-w-0 flex-col gap-1 text-sm">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    {device}
                    {s.current && <Badge variant="success">This device</Badge>}
                  </p>
                  <p className="text-muted-foreground">
                    {s.ipAddress ?? 'Unknown IP address'} · Signed in <DateTime value={s.createdAt} />
                  </p>
                  <p className="text-muted-foreground">
                    Last active <DateTime value={s.lastActivityAt} />
                  </p>
                </div>
              </div>
              {!s.current && <RevokeSessionButton sessionId={s.id} device={device} />}
            </li>
          );
        })}
      </ul>
      <Pagination page={sessions.page} totalPages={sessions.totalPages} basePath={basePath} />
      {sessions.total > 1 ? (
        <div>
          <RevokeOtherSessionsButton />
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">You are signed in on this device only.</p>
      )}
    </div>
  );
}
