import type { Metadata } from 'next';
import { CircleCheck } from 'lucide-react';
import { AuthCard } from '@/components/auth/auth-card';
import { FormError } from '@/components/forms/form-error';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { signInWithCode, signInWithPassword } from '@/lib/account/actions';
import { firstParam, type SearchParams } from '@/lib/server/search-params';
import { authPageCallback } from '../auth-callback';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { callbackUrl, query } = await authPageCallback(params);

  return (
    <AuthCard title="Sign in" description="Welcome back. Sign in to manage your business.">
      <div className="flex flex-col gap-5">
        {firstParam(params.reset) && (
          <Alert variant="success">
            <CircleCheck aria-hidden="true" />
            <AlertDescription>Your password was changed. Sign in with your new password.</AlertDescription>
          </Alert>
        )}
        {firstParam(params.error) && <FormError message="Sign-in did not complete. Please try again." />}
        <SignInForm
          passwordAction={signInWithPassword}
          codeAction={signInWithCode}
          callbackUrl={callbackUrl}
          signUpHref={`/sign-up${query}`}
          forgotPasswordHref="/forgot-password"
        />
      </div>
    </AuthCard>
  );
}
