import type { Metadata } from 'next';
import Link from 'next/link';
import { ShieldCheck } from 'lucide-react';
import { UserMenu } from '@/components/account/user-menu';
import { AdminNav } from '@/components/admin/admin-nav';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { getCurrentUser } from '@/lib/auth/current-user';
import { adminPageContext } from '@/lib/server/page-context';
import { visibleAdminSections } from '@/lib/admin/sections';

export const metadata: Metadata = {
  title: { default: 'Back office', template: '%s · Back office' },
  robots: { index: false, follow: false },
};


/** The platform staff's shell. Each page checks its own permission; this only shapes the nav. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const ctx = await adminPageContext();
  const user = await getCurrentUser();
  const items = visibleAdminSections(ctx.can).map(({ href, label }) => ({ href, label }));

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b bg-background">
        <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-3 px-4 sm:px-6">
          <Link href="/admin" className="flex min-w-0 items-center gap-2 rounded-md font-semibold tracking-tight">
            <span className="inline-flex items-center gap-1.5 rounded-md bg-foreground px-2 py-1 text-xs font-semibold text-background">
              <ShieldCheck aria-hidden="true" className="size-3.5" />
              Back office
            </span>
            <span className="hidden truncate sm:inline">Commerce Platform</span>
          </Link>
          <div className="flex items-center gap-1">
            <span className="hidden text-xs text-muted-foreground md:inline">{ctx.roles.map((r) => r.replace(/_/g, ' ')).join(', ')}</span>
            <ThemeToggle />
            {user && <UserMenu user={{ name: user.name, email: user.email }} />}
          </div>
        </div>
        <div className="mx-auto max-w-7xl px-2 sm:px-4">
          <AdminNav items={items} />
        </div>
      </header>
      <main id="main" className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
