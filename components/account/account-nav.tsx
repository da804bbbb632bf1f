import { NavTabs } from '@/components/ui/nav-tabs';
import { PageHeader } from '@/components/ui/page-header';

/** Heading and tabs shared by the account pages. */
export function AccountNav({ active }: { active: 'profile' | 'security' }) {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Your account" description="These settings are yours alone and apply in every organization you belong to." />
      <NavTabs
        aria-label="Account settings"
        items={[
          { href: '/account', label: 'Profile', active: active === 'profile' },
          { href: '/account/security', label: 'Security', active: active === 'security' },
        ]}
      />
    </div>
  );
}
