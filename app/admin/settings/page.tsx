import type { Metadata } from 'next';
import { SlidersHorizontal } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { NewSettingDialog } from '@/components/admin/settings/new-setting-dialog';
import { SettingsTable } from '@/components/admin/settings/settings-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listPlatformSettings } from '@/lib/admin/settings/list-platform-settings';
import { adminPageContext } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Settings' };

export default async function PlatformSettingsPage() {
  const ctx = await adminPageContext();
  if (!ctx.can('platform_settings.manage')) return <AdminForbidden section="platform settings" />;
  const settings = await listPlatformSettings(ctx);

  return (
    <>
      <PageHeader
        title="Platform settings"
        description="Typed values the whole platform reads. Each value is checked against its type, and every change is kept. Times in UTC."
        actions={<NewSettingDialog />}
      />
      {settings.length === 0 ? (
        <EmptyState icon={SlidersHorizontal} title="No settings yet" description="Add the first one with New setting." />
      ) : (
        <div className="rounded-lg border">
          <SettingsTable rows={settings} />
        </div>
      )}
    </>
  );
}
