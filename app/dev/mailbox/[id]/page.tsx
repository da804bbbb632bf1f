import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArrowLeft, ExternalLink } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { extractEmailLinks } from '@/lib/email/mailbox/email-links';
import { getMailboxEmail } from '@/lib/email/mailbox/get-mailbox-email';
import { isMailboxEnabled } from '@/lib/email/transport';

export const metadata: Metadata = { title: 'Email · Development mailbox' };

export default async function MailboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  if (!isMailboxEnabled()) notFound();
  const email = await getMailboxEmail((await params).id);
  if (!email) notFound();
  const links = extractEmailLinks(email.html);
  const headers: [string, React.ReactNode][] = [
    ['From', email.from],
    ['To', email.to],
    ['Subject', email.subject],
    ['Date', <DateTime key="date" value={email.createdAt} withSeconds />],
    ['Template', email.template],
    ['Status', <Badge key="status" variant={email.status === 'failed' ? 'destructive' : 'secondary'}>{email.status}</Badge>],
  ];

  return (
    <div className="flex flex-col gap-6">
      <Link href={`/dev/mailbox?to=${encodeURIComponent(email.to)}`} className="inline-flex items-center gap-1 self-start text-sm font-medium text-primary underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        All emails to {email.to}
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight break-words">{email.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border p-4 text-sm">
        {headers.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="font-medium text-muted-foreground">{name}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
        {email.error && (
          <div className="contents">
            <dt className="font-medium text-muted-foreground">Error</dt>
            <dd className="min-w-0 break-words text-destructive">{email.error}</dd>
          </div>
        )}
      </dl>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Links in this email</CardTitle>
        </CardHeader>
        <CardContent>
          {links.length === 0 ? (
            <p className="text-sm text-muted-foreground">This email has no links.</p>
          ) : (
            <ul aria-label="Links in this email" className="flex flex-col gap-3">
              {links.map((link) => (
                <li key={link.href} className="flex flex-col gap-0.5">
                  <a href={link.href} className="inline-flex items-center gap-1 self-start font-medium text-primary underline underline-offset-4">
                    {link.text}
                    <ExternalLink aria-hidden="true" className="size-3.5" />
                  </a>
                  <span className="font-mono text-xs break-all text-muted-foreground">{link.href}</span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <section aria-labelledby="email-body" className="flex flex-col gap-2">
        <h2 id="email-body" className="text-lg font-semibold">Message</h2>
        {/* sandbox="" : no scripts, no navigation, no same-origin access from the email's HTML. */}
        <iframe title={`Email: ${email.subject}`} sandbox="" srcDoc={email.html} className="h-[36rem] w-full rounded-lg border bg-white" />
      </section>
      <details className="rounded-lg border p-4">
        <summary className="cursor-pointer text-sm font-medium">Plain-text version</summary>
        <pre className="mt-3 overflow-x-auto text-sm whitespace-pre-wrap">{email.text}</pre>
      </details>
    </div>
  );
}
