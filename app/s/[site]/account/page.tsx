import type { Metadata } from 'next';
import Link from 'next/link';
import { LogOut, Package } from 'lucide-react';
import { CustomerProfileForm } from '@/components/storefront/customer-profile-form';
import { JoinStoreButton } from '@/components/storefront/join-store-button';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { signOutAction } from '@/lib/account/actions';
import { joinStoreAction, updateCustomerProfileAction } from '@/lib/customers/actions';
import { getCustomerProfile } from '@/lib/customers/get-customer-profile';
import { env } from '@/lib/env';
import { userPageContext } from '@/lib/server/page-context';
import { storefrontPageContext, storefrontPageMetadata, type SiteParams } from '@/lib/storefront/page-context';

export function generateMetadata({ params }: { params: SiteParams }): Promise<Metadata> {
  return storefrontPageMetadata(params, 'Your account');
}

/** The shopper's customer profile in this store, and signing out (of this store's host). */
export default async function StorefrontAccountPage({ params }: { params: SiteParams }) {
  const { site } = await params;
  const ctx = await storefrontPageContext(site);
  // On the store's own host, so /sign-in is the store's sign-in page.
  const user = await userPageContext('/account');
  const customer = await getCustomerProfile(ctx, user);
  const { org } = ctx;

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-12">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
        <p className="text-sm text-muted-foreground">
          Signed in as <span className="font-medium break-all text-foreground">{user.email}</span> at {org.name}.
        </p>
      </div>

      <Card>
        <CardHeader>
          <CardTitle as="h2">Your details</CardTitle>
          <CardDescription>
            {customer ? `How ${org.name} knows you. Other stores keep their own copy.` : `You are signed in, but not yet a customer of ${org.name}.`}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {customer ? (
            <CustomerProfileForm
              defaultValues={{ name: customer.name, email: customer.email ?? user.email, phone: customer.phone ?? '' }}
              action={updateCustomerProfileAction.bind(null, site)}
            />
          ) : (
            <JoinStoreButton action={joinStoreAction.bind(null, site)} storeName={org.name} />
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2">Your orders</CardTitle>
          <CardDescription>Follow your orders at {org.name}, cancel one the store has not started on, or order again.</CardDescription>
        </CardHeader>
        <CardContent>
          <Button asChild variant="outline" className="w-full sm:w-auto">
            <Link href="/account/orders">
              <Package aria-hidden="true" />
              See your orders
            </Link>
          </Button>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2">Sign-in and security</CardTitle>
          <CardDescription>
            Your password and two-factor authentication belong to your Commerce Platform account, which works in every store on the
            platform.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <Button asChild variant="outline" className="w-full sm:w-auto">
            <a href={`${env.appUrl}/account/security`}>Manage password and security</a>
          </Button>
          <form action={signOutAction} className="w-full sm:w-auto">
            <Button type="submit" variant="outline" className="w-full sm:w-auto">
              <LogOut aria-hidden="true" />
              Sign out
            </Button>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}
