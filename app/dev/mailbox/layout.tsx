import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Inbox } from 'lucide-react';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { isMailboxEnabled } from '@/lib/email/transport';

/** Development only: exists while no RESEND_API_KEY is set, i.e. while emails are stored instead of sent. */
export default function MailboxLayout({ children }: { children: React.ReactNode }) {
  if (!isMailboxEnabled()) notFound();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b">
        <div className="mx-auto flex h-16 max-w-5xl items-center justify-between gap-4 px-4 sm:px-6">
          <Link href="/dev/mailbox" className="inline-flex items-center gap-2 text-base font-semibold tracking-tight">
            <Inbox aria-hidden="true" className="size-5 text-primary" />
            Development mailbox
          </Link>
          <ThemeToggle />
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
