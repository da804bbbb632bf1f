import { NavTabs } from '@/components/ui/nav-tabs';

/** Webhooks and custom domains: two lists under one back-office section. */
export function IntegrationsTabs({ current }: { current: 'webhooks' | 'domains' }) {
  return (
    <NavTabs
      aria-label="Integrations"
      items={[
        { href: '/admin/integrations', label: 'Webhook deliveries', active: current === 'webhooks' },
        { href: '/admin/integrations/domains', label: 'Custom domains', active: current === 'domains' },
      ]}
    />
  );
}
