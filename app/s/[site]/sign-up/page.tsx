import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { StorefrontAuthCard } from '@/components/storefront/storefront-auth-card';
import { safeRedirectPath } from '@/lib/account/safe-redirect';
import { firstParam, type SearchParams } from '@/lib/account/search-params';
import { getCurrentUser } from '@/lib/auth/current-user';
import { storefrontSignUp } from '@/lib/customers/actions';
import { storefrontPageContext, storefrontPageMetadata, type SiteParams } from '@/lib/storefront/page-context';

export function generateMetadata({ params }: { params: SiteParams }): Promise<Metadata> {
  return storefrontPageMetadata(params, 'Create an account');
}

export default async function StorefrontSignUpPage({ params, searchParams }: { params: SiteParams; searchParams: SearchParams }) {
  const { site } = await params;
  const { org } = await storefrontPageContext(site);
  const callbackUrl = safeRedirectPath(firstParam((await searchParams).callbackUrl), '/account');
  if (await getCurrentUser()) redirect(callbackUrl);
  const query = callbackUrl === '/account' ? '' : `?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  return (
    <StorefrontAuthCard
      title={`Create your ${org.name} account`}
      description="Save your details for next time. Already have a Commerce Platform account from another store? Sign in with it instead."
    >
      <SignUpForm action={storefrontSignUp.bind(null, site)} callbackUrl={callbackUrl} signInHref={`/sign-in${query}`} />
    </StorefrontAuthCard>
  );
}
