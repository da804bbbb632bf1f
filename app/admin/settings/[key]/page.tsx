import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeft, History } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { EditSettingDialog } from '@/components/admin/settings/edit-setting-dialog';
import { SettingHistoryTable } from '@/components/admin/settings/setting-history-table';
import { SettingTypeBadge, SettingValuePreview } from '@/components/admin/settings/setting-type-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { settingHistory } from '@/lib/admin/settings/setting-history';
import { SettingHistoryFilters } from '@/lib/admin/settings/schemas';
import { orNotFound } from '@/lib/server/not-found';
import { adminPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Setting history' };

type Params = Promise<{ key: string }>;

export default async function SettingHistoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('platform_settings.manage')) return <AdminForbidden section="platform settings" />;
  const { key } = await params;
  const { page } = SettingHistoryFilters.parse(await searchParams);
  const { setting, ...history } = await orNotFound(settingHistory(ctx, key, page));

  return (
    <>
      <Link href="/admin/settings" className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden="true" className="size-4" />
        All settings
      </Link>
      <PageHeader
        title={<span className="font-mono">{setting.key}</span>}
        description={setting.description ?? 'Every change of this setting, newest first. Times in UTC.'}
        actions={<EditSettingDialog setting={{ key: setting.key, type: setting.type, value: setting.value, description: setting.description }} />}
      />
      <dl className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        <div className="flex items-center gap-2">
          <dt className="text-muted-foreground">Type</dt>
          <dd>
            <SettingTypeBadge type={setting.type} />
          </dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="text-muted-foreground">Current value</dt>
          <dd>
            <SettingValuePreview type={setting.type} value={setting.value} />
          </dd>
        </div>
      </dl>
      {history.rows.length === 0 ? (
        <EmptyState icon={History} title="No changes recorded yet" description="Changes made from now on show up here." />
      ) : (
        <>
          <div className="rounded-lg border">
            <SettingHistoryTable type={setting.type} rows={history.rows} />
          </div>
          <Pagination basePath={`/admin/settings/${encodeURIComponent(setting.key)}`} page={history.page} totalPages={history.totalPages} />
        </>
      )}
    </>
  );
}
