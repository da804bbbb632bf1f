import type { Metadata } from 'next';
import { Truck } from 'lucide-react';
import { UserMenu } from '@/components/account/user-menu';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { BrandLink } from '@/components/ui/brand-link';
import { userPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: { default: 'Courier', template: '%s · Courier' } };

/** Phone-first frame for couriers: a slim header and one narrow column. */
export default async function CourierLayout({ children }: { children: React.ReactNode }) {
  const user = await userPageContext('/courier');
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <header className="sticky top-0 z-30 border-b bg-background">
        <div className="mx-auto flex h-14 max-w-xl items-center justify-between gap-2 px-4">
          <BrandLink href="/courier" label="Courier" icon={Truck} />
          <div className="flex items-center gap-1">
            <ThemeToggle />
            <UserMenu user={{ name: user.name, email: user.email }} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto flex w-full max-w-xl flex-1 flex-col gap-4 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
