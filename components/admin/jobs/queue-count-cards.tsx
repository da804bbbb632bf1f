import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { QueueCounts } from '@/lib/admin/jobs/list-jobs';
import { cn } from '@/lib/utils/cn';

const SHOWN = [
  { key: 'queued', label: 'Queued', tone: '' },
  { key: 'running', label: 'Running', tone: '' },
  { key: 'failed', label: 'Failed', tone: 'text-destructive' },
  { key: 'completed', label: 'Completed', tone: 'text-muted-foreground' },
] as const;

/** One card per queue: how many of its jobs are in each state; each number filters the table below. */
export function QueueCountCards({ counts }: { counts: QueueCounts[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Jobs per queue">
      {counts.map((c) => (
        <li key={c.queue}>
          <Card className="h-full">
            <CardHeader className="pb-2">
              <CardTitle as="h2" className="font-mono text-base">
                {c.queue}
              </CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid grid-cols-4 gap-2">
                {SHOWN.map((s) => (
                  <div key={s.key} className="flex flex-col">
                    <dt className="text-xs text-muted-foreground">{s.label}</dt>
                    <dd>
                      <Link
                        href={`/admin/jobs?queue=${encodeURIComponent(c.queue)}&state=${s.key}`}
                        className={cn('text-xl font-semibold tabular-nums hover:underline', c[s.key] > 0 && s.tone)}
                        aria-label={`${c[s.key]} ${s.label.toLowerCase()} in ${c.queue}`}
                      >
                        {c[s.key]}
                      </Link>
                    </dd>
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
