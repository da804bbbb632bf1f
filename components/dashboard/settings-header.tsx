import { NavTabs } from '@/components/ui/nav-tabs';
import { PageHeader } from '@/components/ui/page-header';
import type { OrgPermission } from '@/lib/server/permissions';
import { settingsTabs, type SettingsTab } from './nav-items';

/** "Settings" heading with the General · Domains · Team tabs the role may see. */
export function SettingsHeader({
  slug,
  can,
  current,
  description,
}: {
  slug: string;
  can: (permission: OrgPermission) => boolean;
  current: SettingsTab;
  description?: string;
}) {
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Settings" description={description} />
      <NavTabs aria-label="Settings sections" items={settingsTabs(slug, can, current)} />
    </div>
  );
}
