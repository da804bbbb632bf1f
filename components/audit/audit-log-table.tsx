import Link from 'next/link';
import { ChevronDown, ScrollText } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import type { AuditLogRow } from '@/lib/audit/list-audit-logs';
import { DELETED_USER, displayName } from '@/lib/utils/names';

type Props = {
  rows: AuditLogRow[];
  /** Times are shown in this zone (the organization's, or UTC in the back office). */
  timeZone: string;
  /** Show which organization each row belongs to (the platform-wide log). */
  showOrganization?: boolean;
  /** Link organization names to the back office's tenant page. */
  organizationHref?: (organization: { id: string; slug: string }) => string;
  emptyTitle?: string;
  emptyDescription?: string;
};

const ACTOR_LABELS = { user: 'User', platform_admin: 'Platform admin', system: 'System' } as const;

function Actor({ row }: { row: AuditLogRow }) {
  if (row.actorType === 'system') return <span className="text-muted-foreground">System</span>;
  return (
    <span className="flex min-w-0 flex-col">
      <span className="truncate">{displayName({ name: row.actorName, email: row.actorEmail }, DELETED_USER)}</span>
      {row.actorName && row.actorEmail && <span className="truncate text-xs text-muted-foreground">{row.actorEmail}</span>}
    </span>
  );
}

function show(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Field-by-field before/after of one audit row. */
function Changes({ oldValues, newValues }: { oldValues: unknown; newValues: unknown }) {
  const before = (oldValues ?? {}) as Record<string, unknown>;
  const after = (newValues ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (keys.length === 0) return <p className="text-sm text-muted-foreground">No field values were recorded for this event.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-muted-foreground">
            <th scope="col" className="py-1 pr-4 font-medium">
              Field
            </th>
            <th scope="col" className="py-1 pr-4 font-medium">
              Before
            </th>
            <th scope="col" className="py-1 font-medium">
              After
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key} className="border-t align-top">
              <th scope="row" className="py-1.5 pr-4 text-left font-mono text-xs font-medium">
                {key}
              </th>
              <td className="py-1.5 pr-4 font-mono text-xs break-all">{show(before[key])}</td>
              <td className="py-1.5 font-mono text-xs break-all">{show(after[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Audit rows, newest first; each opens (a native <details>) to its reason and old/new values.
 * Shared by the organization's audit log and the back office.
 */
export function AuditLogTable({ rows, timeZone, showOrganization = false, organizationHref, emptyTitle, emptyDescription }: Props) {
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={ScrollText}
        title={emptyTitle ?? 'No audit entries'}
        description={emptyDescription ?? 'Changes made in the dashboard and the back office are recorded here.'}
      />
    );
  }
  const columns = showOrganization ? 'sm:grid-cols-[11rem_minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1fr)_1rem]' : 'sm:grid-cols-[11rem_minmax(0,1.2fr)_minmax(0,1fr)_1rem]';
  return (
    <div className="rounded-lg border">
      <div aria-hidden="true" className={`hidden gap-4 border-b px-4 py-2.5 text-sm font-medium text-muted-foreground sm:grid ${columns}`}>
        <span>When</span>
        <span>Action</span>
        <span>Actor</span>
        {showOrganization && <span>Organization</span>}
        <span />
      </div>
      <ul className="divide-y">
        {rows.map((row) => (
          <li key={row.id}>
            <details className="group">
              <summary
                className={`grid cursor-pointer list-none grid-cols-[minmax(0,1fr)_1rem] gap-x-4 gap-y-1 px-4 py-3 text-sm hover:bg-muted/50 sm:items-center [&::-webkit-details-marker]:hidden ${columns}`}
              >
                <span className="col-start-1 text-muted-foreground sm:col-auto sm:text-foreground">
                  <DateTime value={row.createdAt} timeZone={timeZone} />
                </span>
                <span className="col-start-1 flex min-w-0 flex-col sm:col-auto">
                  <code className="truncate font-mono text-[0.8125rem] font-medium">{row.action}</code>
                  <span className="truncate text-xs text-muted-foreground">
                    {row.entityType}
                    {row.entityId ? ` · ${row.entityId}` : ''}
                  </span>
                </span>
                <span className="col-start-1 flex min-w-0 items-center gap-2 sm:col-auto">
                  <Actor row={row} />
                  {row.actorType === 'platform_admin' && <Badge variant="secondary">Platform</Badge>}
                </span>
                {showOrganization && (
                  <span className="col-start-1 min-w-0 truncate sm:col-auto">
                    {row.organization ? row.organization.name : <span className="text-muted-foreground">Platform</span>}
                  </span>
                )}
                <ChevronDown
                  aria-hidden="true"
                  className="col-start-2 row-span-4 row-start-1 size-4 self-center text-muted-foreground transition-transform group-open:rotate-180 sm:col-auto sm:row-span-1 sm:row-start-auto"
                />
              </summary>
              <div className="flex flex-col gap-3 border-t bg-muted/30 px-4 py-3">
                <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="text-muted-foreground">Reason</dt>
                  <dd>{row.reason || <span className="text-muted-foreground">None given</span>}</dd>
                  <dt className="text-muted-foreground">Actor</dt>
                  <dd>
                    {ACTOR_LABELS[row.actorType]}
                    {row.actorEmail ? ` · ${row.actorEmail}` : ''}
                    {row.ipAddress ? ` · from ${row.ipAddress}` : ''}
                  </dd>
                  {showOrganization && row.organization && (
                    <>
                      <dt className="text-muted-foreground">Organization</dt>
                      <dd>
                        {organizationHref ? (
                          <Link href={organizationHref(row.organization)} className="underline-offset-4 hover:underline">
                            {row.organization.name} ({row.organization.slug})
                          </Link>
                        ) : (
                          `${row.organization.name} (${row.organization.slug})`
                        )}
                      </dd>
                    </>
                  )}
                </dl>
                <Changes oldValues={row.oldValues} newValues={row.newValues} />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
