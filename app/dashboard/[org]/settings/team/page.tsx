import type { Metadata } from 'next';
import Link from 'next/link';
import { MailPlus, Search, Users } from 'lucide-react';
import { Forbidden } from '@/components/dashboard/forbidden';
import { SettingsHeader } from '@/components/dashboard/settings-header';
import { InvitationsTable } from '@/components/tenancy/team/invitations-table';
import { InviteMemberDialog } from '@/components/tenancy/team/invite-member-dialog';
import { MembersTable } from '@/components/tenancy/team/members-table';
import { Button, buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Pagination } from '@/components/ui/pagination';
import { cn } from '@/lib/utils/cn';
import type { OrgContext } from '@/lib/server/context';
import { orgPageContext } from '@/lib/server/page-context';
import { assignableRoles } from '@/lib/server/permissions';
import { listInvitations } from '@/lib/tenancy/invitations/list-invitations';
import { listMembers } from '@/lib/tenancy/team/list-members';

export const metadata: Metadata = { title: 'Team' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function MembersView({ ctx, q, page }: { ctx: OrgContext; q?: string; page?: string }) {
  const { members, total, totalPages, page: current, q: query } = await listMembers(ctx, { q, page });
  const base = `/dashboard/${ctx.org.slug}/settings/team`;
  return (
    <div className="flex flex-col gap-4">
      <form role="search" method="get" action={base} className="flex gap-2">
        <label htmlFor="member-search" className="sr-only">
          Search members by name or email
        </label>
        <Input id="member-search" name="q" type="search" defaultValue={query} placeholder="Search by name or email" className="max-w-sm" />
        <Button type="submit" variant="outline">
          <Search aria-hidden="true" />
          Search
        </Button>
      </form>
      {members.length === 0 ? (
        <EmptyState
          icon={Users}
          title={query ? `No members match “${query}”` : 'No members'}
          action={query ? <Link href={base} className={buttonVariants({ variant: 'outline' })}>Clear the search</Link> : undefined}
        />
      ) : (
        <>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {total} {total === 1 ? 'member' : 'members'}
            {query && ` matching “${query}”`}
          </p>
          <MembersTable
            members={members}
            org={{ slug: ctx.org.slug, name: ctx.org.name, timezone: ctx.org.timezone }}
            myMembershipId={ctx.membership.id}
            canManage={ctx.can('team.manage')}
            roles={assignableRoles(ctx.role)}
          />
          <Pagination page={current} totalPages={totalPages} basePath={base} searchParams={{ q: query || undefined }} />
        </>
      )}
    </div>
  );
}

async function InvitationsView({ ctx, page }: { ctx: OrgContext; page?: string }) {
  const { invitations, totalPages, page: current } = await listInvitations(ctx, { page });
  const base = `/dashboard/${ctx.org.slug}/settings/team`;
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
  const view = first(query.view) === 'invitations' ? 'invitations' : 'members';
  const base = `/dashboard/${ctx.org.slug}/settings/team`;
  const tab = (target: typeof view, label: string) => (
    <Link
      href={target === 'members' ? base : `${base}?view=invitations`}
      aria-current={view === target ? 'page' : undefined}
      className={cn(
        'inline-flex h-9 items-center rounded-md px-3 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground',
        view === target && 'bg-background text-foreground shadow-xs',
      )}
    >
      {label}
    </Link>
  );

  return (
    <>
      <SettingsHeader slug={ctx.org.slug} can={ctx.can} current="team" description="Who works on this organization, and what they may do." />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <nav aria-label="Team lists" className="inline-flex w-fit gap-1 rounded-lg bg-muted p-1">
          {tab('members', 'Members')}
          {tab('invitations', 'Pending invitations')}
        </nav>
        {ctx.can('team.invite') && <InviteMemberDialog slug={ctx.org.slug} roles={assignableRoles(ctx.role)} />}
      </div>
      {view === 'members' ? (
        <MembersView ctx={ctx} q={first(query.q)} page={first(query.page)} />
      ) : (
        <InvitationsView ctx={ctx} page={first(query.page)} />
      )}
    </>
  );
}
