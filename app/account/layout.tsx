import Link from 'next/link';
import { UserMenu } from '@/components/account/user-menu';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { BrandLink } from '@/components/ui/brand-link';
import { getCurrentUser } from '@/lib/auth/current-user';

/** The frame of the personal account pages (each page checks the sign-in itself). */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b">
        <div className="mx-auto flex h-16 max-w-3xl items-center justify-between gap-4 px-4 sm:px-6">
          <BrandLink href="/dashboard" compact />
          <div className="flex items-center gap-1">
            <Link href="/dashboard" className="rounded-md px-3 py-2 text-sm font-medium text-muted-foreground hover:text-foreground">
              Dashboard
            </Link>
            <ThemeToggle />
            {user && <UserMenu user={{ name: user.name, email: user.email }} />}
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
