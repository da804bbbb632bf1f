import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { requestPasswordResetAction } from '@/lib/account/actions';

export const metadata: Metadata = { title: 'Forgot your password?' };

export default function ForgotPasswordPage() {
  return (
    <AuthCard title="Forgot your password?" description="Enter the email you signed up with and we will send you a link to choose a new password.">
      <div className="flex flex-col gap-5">
        <ForgotPasswordForm action={requestPasswordResetAction} />
        <p className="text-center text-sm text-muted-foreground">
          Remembered it?{' '}
          <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
            Back to sign in
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
