import Link from 'next/link';
import { ExternalLink, Store } from 'lucide-react';
import { UserMenu } from '@/components/account/user-menu';
import { ImpersonationBanner } from '@/components/admin/impersonation-banner';
import { VerifyEmailBanner } from '@/components/account/verify-email-banner';
import { Forbidden } from '@/components/dashboard/forbidden';
import { MobileNav } from '@/components/dashboard/mobile-nav';
import { dashboardNavItems } from '@/components/dashboard/nav-items';
import { OrgSwitcher } from '@/components/dashboard/org-switcher';
import { SidebarNav } from '@/components/dashboard/sidebar-nav';
import { SuspendedBanner } from '@/components/dashboard/suspended-banner';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { Button } from '@/components/ui/button';
import { getCurrentUser, requireUser } from '@/lib/auth/current-user';
import { dashboardFeatures } from '@/lib/features/dashboard-features';
import { orgPageContext } from '@/lib/server/page-context';
import { orgStorefrontUrl } from '@/lib/tenancy/hosts';
import { listMyOrganizations } from '@/lib/tenancy/organizations/list-my-organizations';

/**
 * The dashboard frame: sidebar (a drawer on phones) with the org switcher and the module menu,
 * a header with the storefront link, theme and account menu, and the account/org banners.
 * It decides what chrome to show; every page still checks its own permission.
 */
export default async function DashboardLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  // The switcher's list needs only the user, so it loads alongside the membership check.
  const [ctx, myOrganizations] = await Promise.all([
    orgPageContext(slug),
    getCurrentUser().then((signedIn) => (signedIn ? listMyOrganizations(signedIn.id) : [])),
  ]);
  const user = await requireUser();
  const header = (start: React.ReactNode, actions?: React.ReactNode) => (
    <header className="sticky top-0 z-30 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
      <div className="flex h-16 items-center gap-2 px-4 sm:px-6">
        {start}
        <div className="ml-auto flex shrink-0 items-center gap-1">
          {actions}
          <ThemeToggle />
          <UserMenu user={{ name: user.name, email: user.email }} />
        </div>
      </div>
    </header>
  );

  if (!ctx.can('org.view')) {
    return (
      <div className="flex min-h-dvh flex-col">
        {header(<span className="truncate font-semibold">{ctx.org.name}</span>)}
        <main id="main" className="flex-1 px-4 py-10 sm:px-6">
          <Forbidden
            title="The dashboard is not part of your role"
            description={`You are a courier for ${ctx.org.name}. Your deliveries are in the courier view.`}
            action={{ href: '/courier', label: 'Go to the courier view' }}
          />
        </main>
      </div>
    );
  }

  // Loaded once here; the menu shows only modules the organization's features turn on.
  const items = dashboardNavItems(ctx.org.slug, ctx.can, await dashboardFeatures(ctx));
  const organizations = myOrganizations.map(({ slug, name, role }) => ({ slug, name, role }));
  const current = { slug: ctx.org.slug, name: ctx.org.name, role: ctx.role };
  const storefront = orgStorefrontUrl(ctx.org.slug);

  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[16rem_minmax(0,1fr)]">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-background px-3 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:outline-2 focus:outline-ring"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-dvh flex-col gap-6 overflow-y-auto border-r bg-muted/30 p-4 lg:flex">
        <Link href="/dashboard" className="inline-flex items-center gap-2 px-1 text-sm font-semibold tracking-tight">
          <span className="flex size-7 items-center justify-center rounded-md bg-foreground text-background">
            <Store aria-hidden="true" className="size-4" />
          </span>
          Commerce Platform
        </Link>
        <OrgSwitcher current={current} organizations={organizations} />
        <SidebarNav items={items} />
      </aside>
      <div className="flex min-w-0 flex-col">
        {header(
          <>
            <MobileNav items={items} current={current} organizations={organizations} />
            <span className="min-w-0 truncate font-semibold lg:hidden">{ctx.org.name}</span>
          </>,
          <>
            <Button asChild variant="outline" size="sm" className="mr-1 hidden sm:inline-flex">
              <a href={storefront} target="_blank" rel="noreferrer">
                View storefront
                <ExternalLink aria-hidden="true" />
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            </Button>
            <Button asChild variant="ghost" size="icon" className="sm:hidden">
              <a href={storefront} target="_blank" rel="noreferrer" aria-label="View storefront (opens in a new tab)">
                <ExternalLink aria-hidden="true" />
              </a>
            </Button>
          </>,
        )}
        <main id="main" className="flex-1 px-4 py-6 sm:px-6 lg:px-8">
          <div className="mx-auto flex max-w-5xl flex-col gap-6">
            <ImpersonationBanner session={ctx.impersonation} email={user.email} org={ctx.org} />
            {(!user.emailVerified || ctx.org.status !== 'active') && (
              <div className="flex flex-col gap-3">
                <VerifyEmailBanner user={user} />
                <SuspendedBanner org={ctx.org} />
              </div>
            )}
            {children}
          </div>
        </main>
      </div>
    </div>
  );
}
