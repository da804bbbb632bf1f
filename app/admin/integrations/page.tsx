import type { Metadata } from 'next';
import { Webhook } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { IntegrationStatusCards } from '@/components/admin/integrations/integration-status-cards';
import { IntegrationsTabs } from '@/components/admin/integrations/integrations-tabs';
import { WebhookEventsTable } from '@/components/admin/integrations/webhook-events-table';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import { getIntegrationStatus } from '@/lib/admin/integrations/get-integration-status';
import { listWebhookEvents } from '@/lib/admin/integrations/list-webhook-events';
import { ListWebhookEventsFilters, WEBHOOK_SOURCE_LABELS, WEBHOOK_SOURCES } from '@/lib/admin/integrations/schemas';
import { adminPageContext } from '@/lib/server/page-context';
import type { SearchParams } from '@/lib/server/search-params';

export const metadata: Metadata = { title: 'Integrations' };

export default async function IntegrationsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await adminPageContext();
  if (!ctx.can('integrations.view')) return <AdminForbidden section="integrations" />;
  const filters = ListWebhookEventsFilters.parse(await searchParams);
  const [status, result] = await Promise.all([getIntegrationStatus(ctx), listWebhookEvents(ctx, filters)]);
  const filtered = Boolean(filters.source || filters.type || filters.org);

  return (
    <>
      <PageHeader title="Integrations" description="Outside services, the webhook deliveries they sent us, and tenants’ custom domains. Times in UTC." />
      <IntegrationStatusCards status={status} />
      <IntegrationsTabs current="webhooks" />
      <FilterBar
        basePath="/admin/integrations"
        fields={[
          { kind: 'select', name: 'source', label: 'Source', value: filters.source ?? '', allLabel: 'All sources', options: WEBHOOK_SOURCES.map((s) => ({ value: s, label: WEBHOOK_SOURCE_LABELS[s] })) },
          { kind: 'search', name: 'type', label: 'Event type', value: filters.type, placeholder: 'e.g. invoice.payment_failed' },
          { kind: 'text', name: 'org', label: 'Organization', value: filters.org, placeholder: 'Name, slug or id' },
        ]}
      />
      {result.rows.length === 0 ? (
        <EmptyState
          icon={Webhook}
          title={filtered ? 'No deliveries match these filters' : 'No webhook deliveries yet'}
          description={filtered ? 'Try another source, type or organization, or clear the filters.' : 'Stripe events handled for tenants and for platform billing show up here.'}
        />
      ) : (
        <>
          <ResultCount total={result.total} noun={['delivery', 'deliveries']} filtered={filtered} />
          <div className="rounded-lg border">
            <WebhookEventsTable rows={result.rows} />
          </div>
          <Pagination basePath="/admin/integrations" searchParams={{ source: filters.source, type: filters.type, org: filters.org }} page={result.page} totalPages={result.totalPages} />
        </>
      )}
    </>
  );
}
