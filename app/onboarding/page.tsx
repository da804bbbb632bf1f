import type { Metadata } from 'next';
import Link from 'next/link';
import { UserMenu } from '@/components/account/user-menu';
import { OnboardingForm } from '@/components/tenancy/onboarding/onboarding-form';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { BrandLink } from '@/components/ui/brand-link';
import { Card, CardContent, CardDescription, CardHeader } from '@/components/ui/card';
import { env } from '@/lib/env';
import { userPageContext } from '@/lib/server/page-context';
import { listMyOrganizations } from '@/lib/tenancy/organizations/list-my-organizations';

export const metadata: Metadata = { title: 'Create your organization' };

/** Any signed-in user can create an organization; they become its owner. */
export default async function OnboardingPage() {
  const user = await userPageContext('/onboarding');
  const hasOrganizations = (await listMyOrganizations(user.id)).length > 0;
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <header className="flex h-16 items-center justify-between gap-4 px-4 sm:px-6">
        <BrandLink href={hasOrganizations ? '/dashboard' : '/'} compact />
        <div className="flex items-center gap-1">
          {hasOrganizations && (
            <Link href="/dashboard" className="rounded-md px-3 py-2 text-sm font-medium text-muted-foreground hover:text-foreground">
              Back to dashboard
            </Link>
          )}
          <ThemeToggle />
          <UserMenu user={{ name: user.name, email: user.email }} />
        </div>
      </header>
      <main id="main" className="flex flex-1 justify-center px-4 pt-4 pb-16 sm:pt-10">
        <Card className="w-full max-w-2xl self-start">
          <CardHeader className="gap-2">
            <h1 className="text-xl font-semibold tracking-tight">{hasOrganizations ? 'Create another organization' : 'Set up your business'}</h1>
            <CardDescription>This creates your dashboard and your storefront. You can change everything except the address later.</CardDescription>
          </CardHeader>
          <CardContent>
            <OnboardingForm platformHost={env.platformHost} />
          </CardContent>
        </Card>
      </main>
    </div>
  );
}
