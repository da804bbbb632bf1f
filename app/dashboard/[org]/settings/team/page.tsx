import type { Metadata } from 'next';
import Link from 'next/link';
import { MailPlus, Users } from 'lucide-react';
import { Forbidden } from '@/components/dashboard/forbidden';
import { SettingsHeader } from '@/components/dashboard/settings-header';
import { InvitationsTable } from '@/components/tenancy/team/invitations-table';
import { InviteMemberDialog } from '@/components/tenancy/team/invite-member-dialog';
import { MembersTable } from '@/components/tenancy/team/members-table';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterBar } from '@/components/ui/filter-bar';
import { NavTabs } from '@/components/ui/nav-tabs';
import { Pagination } from '@/components/ui/pagination';
import { ResultCount } from '@/components/ui/result-count';
import type { OrgContext } from '@/lib/server/context';
import { orgPageContext } from '@/lib/server/page-context';
import { assignableRoles } from '@/lib/server/permissions';
import { firstParam, type SearchParams } from '@/lib/server/search-params';
import { listInvitations } from '@/lib/tenancy/invitations/list-invitations';
import { listMembers } from '@/lib/tenancy/team/list-members';

export const metadata: Metadata = { title: 'Team' };

type ViewProps = { ctx: OrgContext; base: string; page?: string };

async function MembersView({ ctx, base, q, page }: ViewProps & { q?: string }) {
  const { members, total, totalPages, page: current, q: query } = await listMembers(ctx, { q, page });
  return (
    <div className="flex flex-col gap-4">
      <FilterBar
        basePath={base}
        className="max-w-xl"
        fields={[{ kind: 'search', name: 'q', label: 'Search members by name or email', hideLabel: true, value: query, placeholder: 'Search by name or email' }]}
      />
      {members.length === 0 ? (
        <EmptyState
          icon={Users}
          title={query ? `No members match “${query}”` : 'No members'}
          action={query ? <Link href={base} className={buttonVariants({ variant: 'outline' })}>Clear the search</Link> : undefined}
        />
      ) : (
        <>
          <ResultCount total={total} noun={['member', 'members']} detail={query && ` matching “${query}”`} />
          <MembersTable
            members={members}
            org={{ slug: ctx.org.slug, name: ctx.org.name, timezone: ctx.org.timezone }}
            myMembershipId={ctx.membership.id}
            canManage={ctx.can('team.manage')}
            roles={assignableRoles(ctx.role)}
          />
          <Pagination page={current} totalPages={totalPages} basePath={base} searchParams={{ q: query }} />
        </>
      )}
    </div>
  );
}

async function InvitationsView({ ctx, base, page }: ViewProps) {
  const { invitations, totalPages, page: current } = await listInvitations(ctx, { page });
  if (invitations.length === 0) {
    return <EmptyState icon={MailPlus} title="No pending invitations" description="Invitations you send appear here until they are accepted." />;
  }
  return (
    <div className="flex flex-col gap-4">
      <InvitationsTable
        invitations={invitations}
        org={{ slug: ctx.org.slug, timezone: ctx.org.timezone }}
        canInvite={ctx.can('team.invite')}
        roles={assignableRoles(ctx.role)}
        now={new Date()}
      />
      <Pagination page={current} totalPages={totalPages} basePath={base} searchParams={{ view: 'invitations' }} />
    </div>
  );
}

export default async function TeamPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: SearchParams }) {
  const ctx = await orgPageContext((await params).org);
  if (!ctx.can('team.view')) return <Forbidden action={{ href: `/dashboard/${ctx.org.slug}`, label: 'Back to the overview' }} />;
  const query = await searchParams;
  const view = firstParam(query.view) === 'invitations' ? 'invitations' : 'members';
  const base = `/dashboard/${ctx.org.slug}/settings/team`;
  const page = firstParam(query.page);

  return (
    <>
      <SettingsHeader slug={ctx.org.slug} can={ctx.can} current="team" description="Who works on this organization, and what they may do." />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <NavTabs
          aria-label="Team lists"
          className="flex-1"
          items={[
            { href: base, label: 'Members', active: view === 'members' },
            { href: `${base}?view=invitations`, label: 'Pending invitations', active: view === 'invitations' },
          ]}
        />
        {ctx.can('team.invite') && (
          <div className="sm:pb-1">
            <InviteMemberDialog slug={ctx.org.slug} roles={assignableRoles(ctx.role)} />
          </div>
        )}
      </div>
      {view === 'members' ? <MembersView ctx={ctx} base={base} q={firstParam(query.q)} page={page} /> : <InvitationsView ctx={ctx} base={base} page={page} />}
    </>
  );
}
