import 'server-only';
import { cache } from 'react';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { withOrg, withPlatform, withUser } from '@/db/scope';
import { domains, memberships, organizations, platformRoles, type Membership, type MemberRole, type Organization } from '@/db/schema';
import { requireUser } from '@/lib/auth/current-user';
import { findActiveImpersonation, type ActiveImpersonation } from '@/lib/admin/impersonation/find-active-impersonation';
import { env } from '@/lib/env';
import { classifyHost } from '@/lib/tenancy/hosts';
import { userActor, type Actor } from './actor';
import { AppError, forbidden, notFound } from './errors';
import { platformCan, roleCan, type OrgPermission, type PlatformPermission, type PlatformRole } from './permissions';
import { getRequestMeta, type RequestMeta } from './request-meta';

type Run = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;
type UserRef = { id: string; email: string };

// ---------------------------------------------------------------------------------------------
// Dashboard: a member acting inside one organization.

export type OrgContext = {
  org: Organization;
  membership: Membership;
  role: MemberRole;
  actor: Extract<Actor, { type: 'user' }>;
  can: (permission: OrgPermission) => boolean;
  /** A transaction that sees this organization's rows only (READ ONLY in a read-only support session). */
  tx: Run;
  /** Platform staff looking at the organization for support, or null for a member. */
  impersonation: ActiveImpersonation | null;
};

export const READ_ONLY_SESSION_MESSAGE = 'This is a read-only support session: nothing can be changed. End it from the banner.';

/** Postgres refused a write in a READ ONLY transaction (SQLSTATE 25006), however drizzle wrapped it. */
function isReadOnlyRefusal(e: unknown): boolean {
  for (let cur = e as { code?: string; cause?: unknown } | undefined; cur; cur = cur.cause as typeof cur) if (cur.code === '25006') return true;
  return false;
}

/**
 * The only paths from a user to an OrgContext: their membership in the org, or an open support
 * session of a platform admin (owner's view; read-only unless opened with writes). Else NotFound.
 */
export async function loadOrgContext(user: UserRef, orgSlug: string, meta: RequestMeta): Promise<OrgContext> {
  const [found] = await withUser(user.id, (tx) =>
    tx
      .select({ org: organizations, membership: memberships })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(and(eq(memberships.userId, user.id), eq(organizations.slug, orgSlug), isNull(organizations.deletedAt))),
  );
  if (found) {
    const { org, membership } = found;
    return {
      org,
      membership,
      role: membership.role,
      actor: userActor(user, meta),
      can: (permission) => roleCan(membership.role, permission),
      tx: (fn) => withOrg(org.id, fn, user.id),
      impersonation: null,
    };
  }
  const support = await findActiveImpersonation(user.id, orgSlug, await activePlatformGrants(user.id));
  if (!support) throw notFound('Organization');
  const { org, session } = support;
  const readOnly = session.mode === 'read_only';
  const membership: Membership = { id: session.id, organizationId: org.id, userId: user.id, role: 'owner', invitedBy: null, createdAt: new Date(), updatedAt: new Date() };
  return {
    org,
    membership,
    role: 'owner',
    actor: userActor(user, meta),
    can: (permission) => roleCan('owner', permission),
    tx: async (fn) => {
      try {
        return await withOrg(org.id, fn, user.id, { readOnly });
      } catch (e) {
        if (readOnly && isReadOnlyRefusal(e)) throw new AppError('FORBIDDEN', READ_ONLY_SESSION_MESSAGE);
        throw e;
      }
    },
    impersonation: session,
  };
}

export const requireOrgContext = cache(async (orgSlug: string): Promise<OrgContext> => {
  const user = await requireUser();
  return loadOrgContext(user, orgSlug, await getRequestMeta());
});

export function requirePermission(ctx: { can: (p: OrgPermission) => boolean }, permission: OrgPermission) {
  if (!ctx.can(permission)) throw forbidden();
}

// ---------------------------------------------------------------------------------------------
// Storefront: anyone, reading one organization's public face by host.

export type StorefrontContext = { org: Organization; host: string; tx: Run };
export type StorefrontResolution =
  | { status: 'ok'; ctx: StorefrontContext }
  | { status: 'unavailable'; org: Organization }
  | { status: 'not_found' };

export async function resolveStorefront(rawHost: string): Promise<StorefrontResolution> {
  const host = classifyHost(rawHost, env.platformHost);
  if (host.kind === 'platform') return { status: 'not_found' };
  // Host lookup happens before any tenant is known: the one storefront use of the platform scope.
  const org = await withPlatform(async (tx) => {
    if (host.kind === 'subdomain') {
      const [row] = await tx.select().from(organizations).where(eq(organizations.slug, host.slug));
      return row;
    }
    const [row] = await tx
      .select({ org: organizations })
      .from(domains)
      .innerJoin(organizations, eq(organizations.id, domains.organizationId))
      .where(and(eq(domains.hostname, host.hostname), eq(domains.status, 'verified')));
    return row?.org;
  });
  if (!org || org.deletedAt) return { status: 'not_found' };
  if (org.status !== 'active') return { status: 'unavailable', org };
  return { status: 'ok', ctx: { org, host: host.host, tx: (fn) => withOrg(org.id, fn) } };
}

/** For storefront pages: `site` is the host the middleware put in the path. */
export const storefrontContext = cache((site: string) => resolveStorefront(decodeURIComponent(site)));

// ---------------------------------------------------------------------------------------------
// Back office: platform staff, across all tenants.

export type AdminContext = {
  actor: Extract<Actor, { type: 'platform_admin' }>;
  roles: PlatformRole[];
  can: (permission: PlatformPermission) => boolean;
  /** A transaction in the platform scope (every tenant's rows). */
  tx: Run;
};

/** A user's unexpired platform roles; none means they are not platform staff. */
export function activePlatformGrants(userId: string) {
  return withUser(userId, (tx) =>
    tx
      .select({ role: platformRoles.role, permissions: platformRoles.permissions })
      .from(platformRoles)
      .where(and(eq(platformRoles.userId, userId), or(isNull(platformRoles.expiresAt), gt(platformRoles.expiresAt, new Date())))),
  );
}

export async function loadAdminContext(user: UserRef, meta: RequestMeta): Promise<AdminContext> {
  const grants = await activePlatformGrants(user.id);
  if (grants.length === 0) throw new AppError('FORBIDDEN', 'The back office is for platform staff only.');
  const roles = grants.map((g) => g.role);
  const extra = grants.flatMap((g) => g.permissions);
  return {
    actor: { type: 'platform_admin', userId: user.id, email: user.email, ...meta },
    roles,
    can: (permission) => platformCan(roles, permission, extra),
    tx: (fn) => withPlatform(fn),
  };
}

export const requireAdminContext = cache(async (): Promise<AdminContext> => {
  const user = await requireUser();
  return loadAdminContext(user, await getRequestMeta());
});

export function requirePlatformPermission(ctx: AdminContext, permission: PlatformPermission) {
  if (!ctx.can(permission)) throw forbidden();
}
