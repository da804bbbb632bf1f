import type { Metadata } from 'next';
import { AccountNav } from '@/components/account/account-nav';
import { ProfileForm } from '@/components/account/profile-form';
import { VerifyEmailBanner } from '@/components/account/verify-email-banner';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { updateProfileAction } from '@/lib/account/actions';
import { userPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const user = await userPageContext('/account');
  return (
    <div className="flex flex-col gap-6">
      <AccountNav active="profile" />
      <VerifyEmailBanner user={user} />
      <Card>
        <CardHeader>
          <CardTitle as="h2">Profile</CardTitle>
          <CardDescription>How your name appears to your teams and in the audit log.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          <div className="flex flex-col gap-2">
            <p className="text-sm font-medium">Email</p>
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-sm wrap-anywhere">{user.email}</span>
              {user.emailVerified ? <Badge variant="success">Confirmed</Badge> : <Badge variant="warning">Not confirmed</Badge>}
            </div>
            <p className="text-sm text-muted-foreground">Your sign-in email cannot be changed here.</p>
          </div>
          <ProfileForm name={user.name ?? ''} action={updateProfileAction} />
        </CardContent>
      </Card>
    </div>
  );
}
