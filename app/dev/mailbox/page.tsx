import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Inbox } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { listMailboxEmails } from '@/lib/email/mailbox/list-mailbox-emails';
import { isMailboxEnabled } from '@/lib/email/transport';
import { firstParam, type SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Development mailbox' };

export default async function MailboxPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  if (!isMailboxEnabled()) notFound();
  const params = await searchParams;
  const to = firstParam(params.to)?.trim() ?? '';
  const { items, total, page, totalPages } = await listMailboxEmails({ to, page: Number(firstParam(params.page) ?? 1) });

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Emails"
        description="Without RESEND_API_KEY the platform stores every email here instead of sending it. Open one to follow its links."
      />
      <FilterBar
        basePath="/dev/mailbox"
        submitLabel="Filter"
        fields={[{ kind: 'search', name: 'to', label: 'Recipient', value: to, placeholder: 'name@example.com' }]}
      />
      <ResultCount total={total} noun={['email', 'emails']} detail={to && ` to addresses containing “${to}”`} />
      {items.length === 0 ? (
        <EmptyState
          icon={Inbox}
          title={to ? 'No emails to that recipient' : 'No emails yet'}
          description={to ? 'Check the address, or clear the filter.' : 'Sign up, invite someone or reset a password and the email shows up here.'}
        />
      ) : (
        <ul className="divide-y rounded-lg border">
          {items.map((email) => (
            <li key={email.id}>
              <Link
                href={`/dev/mailbox/${email.id}`}
                className="flex flex-col gap-1 px-4 py-3 transition-colors hover:bg-accent sm:flex-row sm:items-center sm:gap-4"
              >
                <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                  <span className="truncate font-medium">{email.subject}</span>
                  <span className="truncate text-sm text-muted-foreground">To {email.to}</span>
                </span>
                <span className="flex shrink-0 flex-wrap items-center gap-2 text-sm text-muted-foreground">
                  <Badge variant="outline">{email.template}</Badge>
                  <Badge variant={email.status === 'failed' ? 'destructive' : 'secondary'}>{email.status}</Badge>
                  <DateTime value={email.createdAt} withSeconds />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} totalPages={totalPages} basePath="/dev/mailbox" searchParams={{ to }} />
    </div>
  );
}
