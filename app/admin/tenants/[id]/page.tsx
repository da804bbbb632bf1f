import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeft, ExternalLink, TriangleAlert } from 'lucide-react';
import { AdminForbidden } from '@/components/admin/admin-forbidden';
import { ImpersonationPanel } from '@/components/admin/impersonation-panel';
import { ImpersonationSessionsTable } from '@/components/admin/impersonation-sessions-table';
import { PlanHistoryTable } from '@/components/admin/plan-history-table';
import { DomainStatusBadge, StatusBadge } from '@/components/admin/status-badge';
import { TenantActions } from '@/components/admin/tenant-actions';
import { TenantUsage } from '@/components/admin/tenant-usage';
import { OrganizationFlagsList } from '@/components/admin/feature-flags/organization-flags-list';
import { AuditLogTable } from '@/components/audit/audit-log-table';
import { ROLE_LABELS } from '@/components/tenancy/role-labels';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { DateTime } from '@/components/ui/date-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { getTenant } from '@/lib/admin/get-tenant';
import { getOrganizationFeatures } from '@/lib/features/get-organization-features';
import { orNotFound } from '@/lib/server/not-found';
import { adminPageContext } from '@/lib/server/page-context';
import { displayHost, orgStorefrontUrl } from '@/lib/tenancy/hosts';
import { KIND_LABELS, PLAN_LABELS } from '@/lib/tenancy/labels';

type Params = Promise<{ id: string }>;

export const metadata: Metadata = { title: 'Tenant' };

async function loadTenant(id: string) {
  const ctx = await adminPageContext();
  if (!ctx.can('tenants.view')) return { ctx, tenant: null };
  return { ctx, tenant: await orNotFound(getTenant(ctx, { organizationId: id })) };
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="text-sm break-words">{children ?? <span className="text-muted-foreground">Not set</span>}</dd>
    </div>
  );
}

export default async function TenantPage({ params }: { params: Params }) {
  const { ctx, tenant } = await loadTenant((await params).id);
  if (!tenant) return <AdminForbidden section="tenants" />;
  const { organization: org, domains, members, audit, planHistory, usage, supportSessions } = tenant;
  const storefront = orgStorefrontUrl(org.slug);
  const flags = ctx.can('flags.manage') ? await getOrganizationFeatures(ctx, { organizationId: org.id }) : null;
  const flagName = (key: string) => flags?.find((f) => f.key === key)?.name ?? key;

  return (
    <>
      <Link href="/admin/tenants" className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden="true" className="size-4" />
        All tenants
      </Link>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 flex-col gap-2">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{org.name}</h1>
          <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            <StatusBadge status={org.status} />
            <Badge variant="outline">{PLAN_LABELS[org.plan]} plan</Badge>
            <span>
              {KIND_LABELS[org.kind]} · {org.slug}
            </span>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <TenantActions
            tenant={{ id: org.id, name: org.name, status: org.status, plan: org.plan }}
            canSuspend={ctx.can('tenants.suspend')}
            canChangePlan={ctx.can('tenants.change_plan')}
          />
        </div>
      </div>

      {org.status !== 'active' && (
        <Alert variant="warning">
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>
            {org.status === 'suspended' ? 'Suspended' : 'Cancelled'}
            {org.statusChangedAt && (
              <>
                {' '}
                on <DateTime value={org.statusChangedAt} />
              </>
            )}
          </AlertTitle>
          <AlertDescription>
            <p>{org.statusReason ? `Reason: ${org.statusReason}` : 'No reason was recorded.'}</p>
            <p>Its storefront tells visitors that the store is unavailable.</p>
          </AlertDescription>
        </Alert>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2">Organization</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-4 sm:grid-cols-2">
              <Field label="ID">
                <code className="font-mono text-xs">{org.id}</code>
              </Field>
              <Field label="Created">
                <DateTime value={org.createdAt} />
              </Field>
              <Field label="Currency and locale">
                {org.defaultCurrency} · {org.defaultLocale}
              </Field>
              <Field label="Time zone">{org.timezone}</Field>
              <Field label="Contact email">{org.contactEmail}</Field>
              <Field label="Contact phone">{org.contactPhone}</Field>
              <Field label="Category">{org.category}</Field>
              <Field label="Status reason">{org.statusReason}</Field>
            </dl>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle as="h2">Domains</CardTitle>
            <CardDescription>The platform subdomain always works; custom domains once verified.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="flex flex-col divide-y text-sm">
              <li className="flex flex-wrap items-center justify-between gap-2 py-2">
                <a href={storefront} className="inline-flex items-center gap-1 font-medium break-all hover:underline">
                  {displayHost(storefront)}
                  <ExternalLink aria-hidden="true" className="size-3.5" />
                  <span className="sr-only">(opens the storefront)</span>
                </a>
                <Badge variant="secondary">Platform subdomain</Badge>
              </li>
              {domains.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="font-medium break-all">{d.hostname}</span>
                  <DomainStatusBadge status={d.status} />
                </li>
              ))}
            </ul>
            {domains.length === 0 && <p className="mt-2 text-sm text-muted-foreground">No custom domains.</p>}
          </CardContent>
        </Card>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2">Usage against limits</CardTitle>
            <CardDescription>What the {PLAN_LABELS[org.plan]} plan allows. Orders count from the 1st of the month in the store&apos;s time zone ({org.timezone}).</CardDescription>
          </CardHeader>
          <CardContent>
            <TenantUsage usage={usage} />
          </CardContent>
        </Card>

        {ctx.can('tenants.impersonate') && (
          <Card>
            <CardHeader>
              <CardTitle as="h2">Support access</CardTitle>
              <CardDescription>
                Open {org.name}&apos;s dashboard as its owner sees it, for a limited time. A banner stays on screen; starting and ending are audited.
              </CardDescription>
            </CardHeader>
            <CardContent>
              {org.deletedAt ? (
                <p className="text-sm text-muted-foreground">This organization was deleted.</p>
              ) : (
                <ImpersonationPanel organizationId={org.id} organizationName={org.name} canWrite={ctx.can('tenants.impersonate_write')} />
              )}
            </CardContent>
          </Card>
        )}
      </div>

      <section aria-labelledby="plan-history" className="flex flex-col gap-3">
        <h2 id="plan-history" className="text-lg font-semibold">
          Plan history
        </h2>
        <PlanHistoryTable rows={planHistory} />
      </section>

      <section aria-labelledby="support-sessions" className="flex flex-col gap-3">
        <h2 id="support-sessions" className="text-lg font-semibold">
          Support sessions
        </h2>
        <ImpersonationSessionsTable rows={supportSessions} />
        <p className="text-xs text-muted-foreground">The 10 most recent. Times in UTC.</p>
      </section>

      {flags && (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Feature flags</CardTitle>
            <CardDescription>
              What this organization gets on the {PLAN_LABELS[org.plan]} plan. Turn a flag on or off for it alone, or let the plan decide.
            </CardDescription>
          </CardHeader>
          <CardContent>
            {flags.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                No feature flags exist yet. <Link href="/admin/feature-flags" className="font-medium text-primary hover:underline">Create one</Link>.
              </p>
            ) : (
              <OrganizationFlagsList
                organizationId={org.id}
                planLabel={PLAN_LABELS[org.plan]}
                flags={flags.map((f) => ({
                  key: f.key,
                  name: f.name,
                  category: f.category,
                  isBeta: f.isBeta,
                  isPremium: f.isPremium,
                  override: f.override,
                  planDefault: f.planDefault,
                  enabled: f.enabled,
                  blockedBy: f.blockedBy.map(flagName),
                }))}
              />
            )}
          </CardContent>
        </Card>
      )}

      {members && (
        <section aria-labelledby="members" className="flex flex-col gap-3">
          <h2 id="members" className="text-lg font-semibold">
            Members ({members.length})
          </h2>
          <div className="rounded-lg border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Email</TableHead>
                  <TableHead>Role</TableHead>
                  <TableHead>Joined</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {members.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell className="font-medium">{m.name ?? <span className="text-muted-foreground">No name</span>}</TableCell>
                    <TableCell>
                      {m.email}
                      {m.userStatus !== 'active' && (
                        <Badge variant="warning" className="ml-2">
                          Disabled
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell>{ROLE_LABELS[m.role]}</TableCell>
                    <TableCell>
                      <DateTime value={m.joinedAt} dateOnly />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}

      {audit && (
        <section aria-labelledby="activity" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="activity" className="text-lg font-semibold">
              Recent activity
            </h2>
            {audit.total > audit.rows.length && (
              <Link href={`/admin/audit-log?org=${encodeURIComponent(org.slug)}`} className="text-sm font-medium text-primary hover:underline">
                All {audit.total} entries
              </Link>
            )}
          </div>
          <AuditLogTable rows={audit.rows} timeZone="UTC" emptyTitle="No activity recorded yet" />
          <p className="text-xs text-muted-foreground">Times in UTC.</p>
        </section>
      )}
    </>
  );
}
