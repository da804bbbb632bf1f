import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { signUpAction } from '@/lib/account/actions';
import { safeRedirectPath } from '@/lib/account/safe-redirect';
import { firstParam, type SearchParams } from '@/lib/server/search-params';
import { getCurrentUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Create your account' };

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = firstParam((await searchParams).callbackUrl);
  const callbackUrl = raw ? safeRedirectPath(raw, '/onboarding') : undefined;
  if (await getCurrentUser()) redirect(callbackUrl ?? '/dashboard');

  return (
    <AuthCard
      title="Create your account"
      description="Start selling in minutes: your storefront goes live as soon as you name your business."
    >
      <SignUpForm
        action={signUpAction}
        callbackUrl={callbackUrl}
        signInHref={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-in'}
      />
    </AuthCard>
  );
}
