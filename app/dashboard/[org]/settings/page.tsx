import type { Metadata } from 'next';
import { Forbidden } from '@/components/dashboard/forbidden';
import { SettingsHeader } from '@/components/dashboard/settings-header';
import { GeneralSettingsForm } from '@/components/tenancy/settings/general-settings-form';
import { LogoUpload } from '@/components/tenancy/settings/logo-upload';
import { SettingsSection } from '@/components/tenancy/settings/settings-section';
import { orgPageContext } from '@/lib/server/page-context';
import { fileUrl } from '@/lib/storage';
import { settingsFormOptions, settingsFormValues } from '@/lib/tenancy/organizations/settings-form-data';

export const metadata: Metadata = { title: 'Settings' };

export default async function GeneralSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  if (!ctx.can('settings.view')) return <Forbidden action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Back to the overview' }} />;
  const { org } = ctx;
  return (
    <>
      <SettingsHeader slug={org.slug} can={ctx.can} current="general" description="Your business profile, as shoppers see it." />
      <SettingsSection id="logo" title="Logo" description="Shown in your storefront header and in emails.">
        <LogoUpload slug={org.slug} logoUrl={org.logoKey ? fileUrl(org.logoKey) : null} organizationName={org.name} />
      </SettingsSection>
      <GeneralSettingsForm slug={org.slug} defaultValues={settingsFormValues(org)} {...settingsFormOptions(org)} />
    </>
  );
}
