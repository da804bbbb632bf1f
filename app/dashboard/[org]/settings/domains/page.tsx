import type { Metadata } from 'next';
import { CircleAlert, Globe, TriangleAlert } from 'lucide-react';
import { DomainStatusBadge } from '@/components/admin/status-badge';
import { Forbidden } from '@/components/dashboard/forbidden';
import { featureOffPage } from '@/components/plans/feature-not-on-plan';
import { SettingsHeader } from '@/components/dashboard/settings-header';
import { AddDomainForm } from '@/components/tenancy/domains/add-domain-form';
import { DnsInstructions } from '@/components/tenancy/domains/dns-instructions';
import { DomainActions } from '@/components/tenancy/domains/domain-actions';
import { MakePlatformPrimaryButton } from '@/components/tenancy/domains/make-platform-primary-button';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { orgPageContext } from '@/lib/server/page-context';
import { FAILURES_BEFORE_UNVERIFIED } from '@/lib/tenancy/domains/apply-check-result';
import { getCnameTarget } from '@/lib/tenancy/domains/cname-target';
import { listDomains } from '@/lib/tenancy/domains/list-domains';
import { orgStorefrontUrl, displayHost } from '@/lib/tenancy/hosts';

export const metadata: Metadata = { title: 'Domains' };

export default async function DomainsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await orgPageContext((await params).org);
  if (!ctx.can('domains.view')) return <Forbidden action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Back to the overview' }} />;
  const featureOff = await featureOffPage(ctx, 'custom_domains');
  if (featureOff) return featureOff;
  const { org } = ctx;
  const [domains, cnameTarget] = await Promise.all([listDomains(ctx), getCnameTarget(ctx)]);
  const canManage = ctx.can('domains.manage');
  const platformAddress = displayHost(orgStorefrontUrl(org.slug));
  const customPrimary = domains.some((d) => d.isPrimary);

  return (
    <>
      <SettingsHeader slug={org.slug} can={ctx.can} current="domains" description="The addresses your storefront answers on." />

      <Card>
        <CardHeader>
          <CardTitle as="h2" className="text-base">
            Platform address
          </CardTitle>
          <CardDescription>Every store has one. It always works, even with custom domains.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap items-center gap-3">
          <span className="font-medium break-all">{platformAddress}</span>
          <Badge variant="success">Active</Badge>
          {!customPrimary ? <Badge variant="outline">Primary</Badge> : canManage && <MakePlatformPrimaryButton slug={org.slug} />}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2" className="text-base">
            Custom domains
          </CardTitle>
          <CardDescription>Use your own domain, such as shop.example.com. It serves your store once verified.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          {canManage && <AddDomainForm slug={org.slug} />}
          {domains.length === 0 ? (
            <EmptyState icon={Globe} title="No custom domains yet" description="Your store is reachable at its platform address above." className="py-8" />
          ) : (
            <ul className="flex flex-col gap-4">
              {domains.map((domain) => (
                <li key={domain.id} className="flex flex-col gap-4 rounded-lg border p-4">
                  <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                    <div className="flex min-w-0 flex-col gap-1.5">
                      <div className="flex flex-wrap items-center gap-2">
                        <h3 className="font-semibold break-all">{domain.hostname}</h3>
                        <DomainStatusBadge status={domain.status} />
                        {domain.isPrimary && <Badge variant="outline">Primary</Badge>}
                      </div>
                      <p className="text-sm text-muted-foreground">
                        {domain.status === 'verified' && domain.verifiedAt && (
                          <>
                            Verified <DateTime value={domain.verifiedAt} timeZone={org.timezone} />
                            {domain.lastCheckedAt && ' · '}
                          </>
                        )}
                        {domain.lastCheckedAt ? (
                          <>
                            Last checked <DateTime value={domain.lastCheckedAt} timeZone={org.timezone} />
                          </>
                        ) : (
                          domain.status !== 'verified' && 'Not checked yet'
                        )}
                      </p>
                    </div>
                    {canManage && <DomainActions slug={org.slug} domain={{ id: domain.id, hostname: domain.hostname, status: domain.status, isPrimary: domain.isPrimary, lastCheckError: domain.lastCheckError }} />}
                  </div>
                  {domain.lastCheckError &&
                    (domain.status === 'verified' ? (
                      <Alert variant="warning">
                        <TriangleAlert aria-hidden="true" />
                        <AlertDescription>
                          The latest check could not find the verification record: {domain.lastCheckError} The domain still serves your store, but after{' '}
                          {FAILURES_BEFORE_UNVERIFIED} failed checks in a row it stops. Put the record back, then press Check now.
                        </AlertDescription>
                      </Alert>
                    ) : (
                      <Alert variant="destructive">
                        <CircleAlert aria-hidden="true" />
                        <AlertDescription>{domain.lastCheckError}</AlertDescription>
                      </Alert>
                    ))}
                  {(domain.status !== 'verified' || domain.lastCheckError) && (
                    <DnsInstructions hostname={domain.hostname} token={domain.verificationToken} cnameTarget={cnameTarget} />
                  )}
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </>
  );
}
