import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AuthCard } from '@/components/auth/auth-card';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { buttonVariants } from '@/components/ui/button';
import { resetPasswordAction } from '@/lib/account/actions';
import { checkPasswordResetToken } from '@/lib/account/reset-password';
import { firstParam, type SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const token = firstParam((await searchParams).token) ?? '';
  if (!(await checkPasswordResetToken(token))) {
    return (
      <AuthCard
        title="This link has expired"
        description="Reset links work once, for one hour. Ask for a new one and use the link from that email."
      >
        <Link href="/forgot-password" className={buttonVariants({ className: 'w-full' })}>
          Send me a new link
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" description="Choose a password you do not use anywhere else.">
      <ResetPasswordForm token={token} action={resetPasswordAction} />
    </AuthCard>
  );
}
