import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { StorefrontAuthCard } from '@/components/storefront/storefront-auth-card';
import type { SearchParams } from '@/lib/server/search-params';
import { storefrontSignIn, storefrontSignInWithCode } from '@/lib/customers/actions';
import { env } from '@/lib/env';
import { storefrontAuthPageContext, storefrontPageMetadata, type SiteParams } from '@/lib/storefront/page-context';

export function generateMetadata({ params }: { params: SiteParams }): Promise<Metadata> {
  return storefrontPageMetadata(params, 'Sign in');
}

export default async function StorefrontSignInPage({ params, searchParams }: { params: SiteParams; searchParams: SearchParams }) {
  const { site, org, callbackUrl, query } = await storefrontAuthPageContext(params, searchParams);

  return (
    <StorefrontAuthCard
      title={`Sign in to ${org.name}`}
      description="Use your Commerce Platform account. If you have not shopped here before, signing in makes you a customer of this store."
    >
      <SignInForm
        passwordAction={storefrontSignIn.bind(null, site)}
        codeAction={storefrontSignInWithCode.bind(null, site)}
        callbackUrl={callbackUrl}
        signUpHref={`/sign-up${query}`}
        forgotPasswordHref={`${env.appUrl}/forgot-password`}
      />
    </StorefrontAuthCard>
  );
}
