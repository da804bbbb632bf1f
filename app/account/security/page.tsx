import type { Metadata } from 'next';
import { AccountNav } from '@/components/account/account-nav';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { SessionsList } from '@/components/account/sessions-list';
import { TwoFactorSection } from '@/components/account/two-factor-section';
import { VerifyEmailBanner } from '@/components/account/verify-email-banner';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { changePasswordAction } from '@/lib/account/actions';
import { listSessions } from '@/lib/account/list-sessions';
import { firstParam, type SearchParams } from '@/lib/server/search-params';
import { getCurrentSessionId } from '@/lib/auth/current-user';
import { userPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Account security' };

export default async function SecurityPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await userPageContext('/account/security');
  const page = Number(firstParam((await searchParams).page) ?? 1);
  const sessions = await listSessions({ user, sessionId: await getCurrentSessionId() }, { page });

  return (
    <div className="flex flex-col gap-6">
      <AccountNav active="security" />
      <VerifyEmailBanner user={user} />
      <Card>
        <CardHeader>
          <CardTitle as="h2">Password</CardTitle>
          <CardDescription>Changing it keeps you signed in here and signs out your other sessions.</CardDescription>
        </CardHeader>
        <CardContent>
          <ChangePasswordForm action={changePasswordAction} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Two-factor authentication</CardTitle>
          <CardDescription>A code from your phone as well as your password.</CardDescription>
        </CardHeader>
        <CardContent>
          <TwoFactorSection email={user.email} enabled={user.mfaEnabled} backupCodesRemaining={user.mfaBackupCodes.length} />
        </CardContent>
      </Card>
      <Card id="sessions">
        <CardHeader>
          <CardTitle as="h2">Sessions</CardTitle>
          <CardDescription>Browsers and devices signed in to your account. Sign out any you do not recognise.</CardDescription>
        </CardHeader>
        <CardContent>
          <SessionsList sessions={sessions} basePath="/account/security" />
        </CardContent>
      </Card>
    </div>
  );
}
