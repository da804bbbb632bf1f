import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { CircleCheck } from 'lucide-react';
import { AuthCard } from '@/components/auth/auth-card';
import { ResendVerificationButton } from '@/components/account/resend-verification-button';
import { buttonVariants } from '@/components/ui/button';
import { firstParam, type SearchParams } from '@/lib/server/search-params';
import { verifyEmail } from '@/lib/account/verify-email';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getRequestMeta } from '@/lib/server/request-meta';

export const metadata: Metadata = { title: 'Confirm your email' };

/** The emailed confirmation link lands here; opening it confirms the address. */
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const token = firstParam((await searchParams).token) ?? '';
  const result = await verifyEmail(await getRequestMeta(), token);
  const user = await getCurrentUser();
  const continueLink = user ? (
    <Link href="/dashboard" className={buttonVariants({ className: 'w-full' })}>
      Continue to your dashboard
    </Link>
  ) : (
    <Link href="/sign-in" className={buttonVariants({ className: 'w-full' })}>
      Sign in
    </Link>
  );

  if (result.status === 'verified' || user?.emailVerified) {
    return (
      <AuthCard title="Email confirmed" description="Thank you. Your email address is confirmed.">
        <div className="flex flex-col items-center gap-5 text-center">
          <CircleCheck aria-hidden="true" className="size-12 text-success" />
          {continueLink}
        </div>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="This link has expired or was already used"
      description="Confirmation links work once, for 24 hours."
    >
      {user ? (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-muted-foreground">We can send a new link to {user.email}.</p>
          <ResendVerificationButton variant="default" size="default" className="w-full" />
          <Link href="/dashboard" className={buttonVariants({ variant: 'outline', className: 'w-full' })}>
            Continue to your dashboard
          </Link>
        </div>
      ) : (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-muted-foreground">Sign in and we will offer to send you a new link.</p>
          {continueLink}
        </div>
      )}
    </AuthCard>
  );
}
