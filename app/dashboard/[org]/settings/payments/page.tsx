import type { Metadata } from 'next';
import { CreditCard } from 'lucide-react';
import { Forbidden } from '@/components/dashboard/forbidden';
import { SettingsHeader } from '@/components/dashboard/settings-header';
import { CheckoutSettingsForm } from '@/components/payments/checkout-settings-form';
import { RemoveStripeButton } from '@/components/payments/remove-stripe-button';
import { StripeAccountForm } from '@/components/payments/stripe-account-form';
import { StripeWebhookSetup } from '@/components/payments/stripe-webhook-setup';
import { SettingsSection } from '@/components/tenancy/settings/settings-section';
import { Badge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { getPaymentSettings } from '@/lib/payments/settings/get-payment-settings';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Payments and checkout' };

export default async function PaymentSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  if (!ctx.can('payments.manage')) return <Forbidden action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Back to the overview' }} />;
  const { org } = ctx;
  const { settings, stripe, webhook } = await getPaymentSettings(ctx);

  return (
    <>
      <SettingsHeader slug={org.slug} can={ctx.can} current="payments" description="How shoppers pay, and your Stripe account for card payments." />

      <CheckoutSettingsForm
        slug={org.slug}
        stripeConnected={Boolean(stripe)}
        defaultValues={{
          codEnabled: settings.codEnabled,
          bankTransferEnabled: settings.bankTransferEnabled,
          bankTransferInstructions: settings.bankTransferInstructions ?? '',
          pickupEnabled: settings.pickupEnabled,
          pickupInstructions: settings.pickupInstructions ?? '',
          cardEnabled: settings.cardEnabled,
          pricesIncludeTax: settings.pricesIncludeTax,
          cardPaymentTimeoutMinutes: settings.cardPaymentTimeoutMinutes,
        }}
      />

      <SettingsSection id="stripe" title="Stripe account" description="Card payments go straight to your own Stripe account.">
        {stripe ? (
          <div className="flex flex-col gap-3 rounded-lg border p-4 sm:flex-row sm:items-center sm:justify-between">
            <div className="flex min-w-0 flex-col gap-1.5">
              <div className="flex flex-wrap items-center gap-2">
                <CreditCard aria-hidden="true" className="size-4" />
                <span className="font-semibold">Stripe connected</span>
                <Badge variant={stripe.mode === 'live' ? 'success' : 'warning'}>{stripe.mode === 'live' ? 'Live mode' : 'Test mode'}</Badge>
              </div>
              <p className="text-sm text-muted-foreground">
                Secret key ending in <span className="font-mono">{stripe.secretKeyHint}</span> · saved <DateTime value={stripe.updatedAt} timeZone={org.timezone} />
              </p>
              {stripe.mode === 'test' && <p className="text-sm text-muted-foreground">Test mode takes no real money. Replace the keys with live ones to start selling.</p>}
            </div>
            <RemoveStripeButton slug={org.slug} />
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">No Stripe account yet. Card payments stay off until you connect one.</p>
        )}
        <StripeWebhookSetup url={webhook.url} events={webhook.events} />
        <StripeAccountForm slug={org.slug} connected={Boolean(stripe)} />
      </SettingsSection>
    </>
  );
}
