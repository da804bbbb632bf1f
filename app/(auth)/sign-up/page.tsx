import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { signUpAction } from '@/lib/account/actions';
import type { SearchParams } from '@/lib/server/search-params';
import { authPageCallback } from '../auth-callback';

export const metadata: Metadata = { title: 'Create your account' };

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, query } = await authPageCallback(await searchParams);

  return (
    <AuthCard
      title="Create your account"
      description="Start selling in minutes: your storefront goes live as soon as you name your business."
    >
      <SignUpForm action={signUpAction} callbackUrl={callbackUrl} signInHref={`/sign-in${query}`} />
    </AuthCard>
  );
}
