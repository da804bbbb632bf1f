import { NavTabs } from '@/components/ui/nav-tabs';
import { PageHeader } from '@/components/ui/page-header';
import { dashboardFeatures } from '@/lib/features/dashboard-features';
import { requireOrgContext } from '@/lib/server/context';
import type { OrgPermission } from '@/lib/server/permissions';
import { settingsTabs, type SettingsTab } from './nav-items';

/** "Settings" heading with the General · Domains · Team tabs the role may see. */
export async function SettingsHeader({
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
  // The page resolved this context already (cached per request); tabs of features that are off are hidden.
  const features = await dashboardFeatures(await requireOrgContext(slug));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Settings" description={description} />
      <NavTabs aria-label="Settings sections" items={settingsTabs(slug, can, current, features)} />
    </div>
  );
}
