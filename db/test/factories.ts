import { randomBytes } from 'node:crypto';
import { withOrg, withPlatform } from '../scope';
import { memberships, organizations, platformRoles, users, type MemberRole, type Organization, type User } from '../schema';
import { hashPassword } from '../../lib/auth/password';
import { ensureCourierProfile } from '../../lib/delivery/couriers/courier-profile';
import { loadAdminContext, loadOrgContext } from '../../lib/server/context';
import type { PlatformRole } from '../../lib/server/permissions';

/**
 * Test data through the same tables the app uses. Every suite makes its own organizations,
 * so files never depend on each other's rows.
 */
const unique = () => randomBytes(4).toString('hex');
let passwordHashCache: string | undefined;
export const TEST_PASSWORD = 'correct horse battery staple';

export async function createUser(overrides: Partial<typeof users.$inferInsert> = {}): Promise<User> {
  passwordHashCache ??= await hashPassword(TEST_PASSWORD);
  const [user] = await withPlatform((tx) =>
    tx
      .insert(users)
      .values({ email: `user-${unique()}@example.test`, name: 'Test User', passwordHash: passwordHashCache, emailVerified: new Date(), ...overrides })
      .returning(),
  );
  return user!;
}

/** Enterprise (no plan limits) unless `plan` says otherwise: only the plan tests meet the limits. */
export async function createOrganization(
  overrides: Partial<typeof organizations.$inferInsert> = {},
): Promise<{ org: Organization; owner: User }> {
  const owner = await createUser();
  const slug = overrides.slug ?? `org-${unique()}`;
  const org = await withPlatform(async (tx) => {
    const [o] = await tx
      .insert(organizations)
      .values({ name: `Org ${slug}`, slug, kind: 'store', defaultCurrency: 'USD', defaultLocale: 'en', createdBy: owner.id, plan: 'enterprise', ...overrides })
      .returning();
    await tx.insert(memberships).values({ organizationId: o!.id, userId: owner.id, role: 'owner' });
    return o!;
  });
  return { org, owner };
}

export async function addMember(org: Organization, role: MemberRole, user?: User): Promise<User> {
  const member = user ?? (await createUser());
  await withOrg(org.id, async (tx) => {
    await tx.insert(memberships).values({ organizationId: org.id, userId: member.id, role });
    if (role === 'courier') await ensureCourierProfile(tx, org.id, member.id);
  });
  return member;
}

export async function createPlatformAdmin(role: PlatformRole = 'super_admin'): Promise<User> {
  const user = await createUser();
  await withPlatform((tx) => tx.insert(platformRoles).values({ userId: user.id, role }));
  return user;
}

const noMeta = { ipAddress: '127.0.0.1', userAgent: 'vitest' };

/** The OrgContext a request by `user` on `org`'s dashboard would get. */
export function orgContextFor(user: User, org: Organization) {
  return loadOrgContext(user, org.slug, noMeta);
}

export function adminContextFor(user: User) {
  return loadAdminContext(user, noMeta);
}
