import type { Metadata, Viewport } from 'next';
import { Truck } from 'lucide-react';
import { UserMenu } from '@/components/account/user-menu';
import { ServiceWorkerRegistration } from '@/components/courier/service-worker-registration';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { BrandLink } from '@/components/ui/brand-link';
import { getCurrentUser } from '@/lib/auth/current-user';

export const metadata: Metadata = {
  title: { default: 'Courier', template: '%s · Courier' },
  manifest: '/courier/manifest.webmanifest',
  appleWebApp: { capable: true, title: 'Courier', statusBarStyle: 'default' },
  icons: { apple: '/courier/icon-192.png' },
};

export const viewport: Viewport = { themeColor: '#0f172a' };

/**
 * Phone-first frame for couriers: a slim header and one narrow column. It does not require a
 * session (the offline page is shown without one); every page resolves its own context.
 */
export default async function CourierLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <header className="sticky top-0 z-30 border-b bg-background">
        <div className="mx-auto flex h-14 max-w-xl items-center justify-between gap-2 px-4">
          <BrandLink href="/courier" label="Courier" icon={Truck} />
          <div className="flex items-center gap-1">
            <ThemeToggle />
            {user && <UserMenu user={{ name: user.name, email: user.email }} />}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto flex w-full max-w-xl flex-1 flex-col gap-4 px-4 py-6">
        {children}
      </main>
      <ServiceWorkerRegistration />
    </div>
  );
}
