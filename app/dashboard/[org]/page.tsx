import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowRight, ExternalLink } from 'lucide-react';
import { StatusBadge } from '@/components/admin/status-badge';
import { Forbidden } from '@/components/dashboard/forbidden';
import { RecentActivity } from '@/components/dashboard/recent-activity';
import { OrderAllowanceBanner } from '@/components/plans/order-allowance-banner';
import { roleWithArticle } from '@/components/tenancy/role-labels';
import { LeaveOrganizationButton } from '@/components/tenancy/team/leave-organization-button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { PageHeader } from '@/components/ui/page-header';
import { orgPageContext } from '@/lib/server/page-context';
import { displayHost, orgStorefrontUrl } from '@/lib/tenancy/hosts';
import { KIND_LABELS, PLAN_LABELS } from '@/lib/tenancy/labels';
import { getOrganizationOverview } from '@/lib/tenancy/organizations/get-organization-overview';

export const metadata: Metadata = { title: 'Overview' };

function Stat({ label, value, href, linkLabel }: { label: string; value: React.ReactNode; href?: string; linkLabel?: string }) {
  return (
    <Card>
      <CardHeader className="gap-1 pb-2">
        <CardDescription>{label}</CardDescription>
        <p className="text-2xl font-semibold tracking-tight">{value}</p>
      </CardHeader>
      {href && (
        <CardContent>
          <Link href={href} className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline">
            {linkLabel}
            <ArrowRight aria-hidden="true" className="size-4" />
          </Link>
        </CardContent>
      )}
    </Card>
  );
}

export default async function OverviewPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  if (!ctx.can('org.view')) return <Forbidden action={{ href: '/courier', label: 'Go to the courier view' }} />;
  const { org } = ctx;
  const overview = await getOrganizationOverview(ctx);
  const storefront = orgStorefrontUrl(org.slug);
  const base = `/dashboard/${org.slug}`;
  const kind = KIND_LABELS[org.kind];
  const plan = PLAN_LABELS[org.plan];

  return (
    <>
      <PageHeader title={org.name} description={org.description || `${kind} · on the ${plan} plan`} />
      <OrderAllowanceBanner ctx={ctx} />

      <Card>
        <CardHeader className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="flex min-w-0 flex-col gap-1.5">
            <CardTitle as="h2">Storefront</CardTitle>
            <a href={storefront} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 font-medium break-all text-primary underline-offset-4 hover:underline">
              {displayHost(storefront)}
              <ExternalLink aria-hidden="true" className="size-4 shrink-0" />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          </div>
          <StatusBadge status={org.status} />
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-muted-foreground">Business kind</dt>
              <dd className="font-medium">{kind}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Plan</dt>
              <dd className="font-medium">{plan}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Currency</dt>
              <dd className="font-medium">{org.defaultCurrency}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Created</dt>
              <dd className="font-medium">
                <DateTime value={org.createdAt} timeZone={org.timezone} dateOnly />
              </dd>
            </div>
          </dl>
        </CardContent>
      </Card>

      <section aria-label="Team and domains" className="grid gap-4 sm:grid-cols-3">
        <Stat
          label="Team members"
          value={overview.teamSize}
          href={ctx.can('team.view') ? `${base}/settings/team` : undefined}
          linkLabel="Manage the team"
        />
        <Stat
          label="Pending invitations"
          value={overview.pendingInvitations}
          href={ctx.can('team.view') ? `${base}/settings/team?view=invitations` : undefined}
          linkLabel="See invitations"
        />
        <Stat
          label="Custom domains"
          value={overview.customDomains}
          href={ctx.can('domains.view') ? `${base}/settings/domains` : undefined}
          linkLabel={overview.customDomains === 0 ? 'Connect a domain' : 'Manage domains'}
        />
      </section>

      <div className="grid gap-4 lg:grid-cols-3">
        {overview.recentActivity && (
          <Card className="lg:col-span-2">
            <CardHeader className="flex flex-row items-center justify-between gap-2">
              <CardTitle as="h2">Recent activity</CardTitle>
              <Link href={`${base}/audit-log`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
                View the audit log
              </Link>
            </CardHeader>
            <CardContent>
              <RecentActivity rows={overview.recentActivity} timeZone={org.timezone} />
            </CardContent>
          </Card>
        )}
        <Card>
          <CardHeader>
            <CardTitle as="h2">Your membership</CardTitle>
            <CardDescription>
              You are <span className="font-medium text-foreground">{roleWithArticle(ctx.role)}</span> here since{' '}
              <DateTime value={ctx.membership.createdAt} timeZone={org.timezone} dateOnly />.
            </CardDescription>
          </CardHeader>
          <CardContent>
            {ctx.role === 'owner' && overview.ownerCount <= 1 ? (
              <p className="text-sm text-muted-foreground">
                You are the only owner. To leave, first make another member an owner.
              </p>
            ) : (
              <LeaveOrganizationButton slug={org.slug} organizationName={org.name} />
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
