import type { Metadata } from 'next';
import Link from 'next/link';
import { DeliverySettingsForm } from '@/components/couriers/delivery-settings-form';
import { Forbidden } from '@/components/dashboard/forbidden';
import { SettingsHeader } from '@/components/dashboard/settings-header';
import { getDeliverySettingsForm } from '@/lib/delivery/settings/get-delivery-settings-form';
import { orgPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Delivery settings' };

export default async function DeliverySettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  const { org } = ctx;
  if (!ctx.can('delivery.manage')) return <Forbidden action={{ href: `/dashboard/${org.slug}`, label: 'Back to the overview' }} />;
  const settings = await getDeliverySettingsForm(ctx);

  return (
    <>
      <SettingsHeader slug={org.slug} can={ctx.can} current="delivery" description="How your couriers deliver: the proof they give at the door, and when deliveries open." />
      <p className="text-sm text-muted-foreground">
        Where you deliver and what it costs is set in{' '}
        <Link href={`/dashboard/${org.slug}/delivery-zones`} className="text-primary underline-offset-4 hover:underline">
          Delivery zones
        </Link>
        ; couriers are on the{' '}
        <Link href={`/dashboard/${org.slug}/couriers`} className="text-primary underline-offset-4 hover:underline">
          Couriers
        </Link>{' '}
        page.
        {!settings.savedAt && ' These are the default settings until you save.'}
      </p>
      <DeliverySettingsForm
        slug={org.slug}
        defaultValues={{ proofRequirement: settings.proofRequirement, createOnPacked: settings.createOnPacked, otpMaxAttempts: settings.otpMaxAttempts }}
      />
    </>
  );
}
