import type { Metadata } from 'next';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { StorefrontAuthCard } from '@/components/storefront/storefront-auth-card';
import type { SearchParams } from '@/lib/server/search-params';
import { storefrontSignUp } from '@/lib/customers/actions';
import { storefrontAuthPageContext, storefrontPageMetadata, type SiteParams } from '@/lib/storefront/page-context';

export function generateMetadata({ params }: { params: SiteParams }): Promise<Metadata> {
  return storefrontPageMetadata(params, 'Create an account');
}

export default async function StorefrontSignUpPage({ params, searchParams }: { params: SiteParams; searchParams: SearchParams }) {
  const { site, org, callbackUrl, query } = await storefrontAuthPageContext(params, searchParams);

  return (
    <StorefrontAuthCard
      title={`Create your ${org.name} account`}
      description="Save your details for next time. Already have a Commerce Platform account from another store? Sign in with it instead."
    >
      <SignUpForm action={storefrontSignUp.bind(null, site)} callbackUrl={callbackUrl} signInHref={`/sign-in${query}`} />
    </StorefrontAuthCard>
  );
}
