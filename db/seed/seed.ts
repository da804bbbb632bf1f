import { eq } from 'drizzle-orm';
import type { Tx } from '../client';
import { withPlatform } from '../scope';
import { auditLogs, domains, memberships, organizations, platformRoles, userEmailIs, users } from '../schema';
import { hashPassword } from '../../lib/auth/password';
import { randomToken } from '../../lib/ids';
import { seedCatalogDemo } from './catalog-demo';
import { seedCheckoutDemo } from './checkout/checkout-demo';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, PLATFORM_STAFF, memberEmail, type DemoOrganization } from './demo-data';

async function ensureUser(tx: Tx, email: string, name: string, passwordHash: string) {
  const [existing] = await tx.select().from(users).where(userEmailIs(email));
  if (existing) return existing;
  const [created] = await tx.insert(users).values({ email, name, passwordHash, emailVerified: new Date() }).returning();
  return created!;
}

async function ensureOrganization(tx: Tx, demo: DemoOrganization, passwordHash: string) {
  const [existing] = await tx.select().from(organizations).where(eq(organizations.slug, demo.slug));
  if (existing) return { org: existing, created: false };
  const owner = await ensureUser(tx, memberEmail(demo, 'owner'), demo.members[0]!.name, passwordHash);
  const [org] = await tx
    .insert(organizations)
    .values({
      name: demo.name,
      slug: demo.slug,
      kind: demo.kind,
      plan: demo.plan,
      defaultCurrency: demo.currency,
      defaultLocale: demo.locale,
      timezone: demo.timezone,
      description: demo.description,
      category: demo.category,
      brandPrimaryColor: demo.brandPrimaryColor,
      brandSecondaryColor: demo.brandSecondaryColor,
      contactEmail: `hello@${demo.slug}.test`,
      contactPhone: demo.contactPhone,
      address: demo.address,
      workingHours: demo.workingHours,
      features: demo.features ?? {},
      socialLinks: { instagram: `https://instagram.com/${demo.slug}` },
      createdBy: owner.id,
    })
    .returning();
  for (const m of demo.members) {
    const user = m.role === 'owner' ? owner : await ensureUser(tx, memberEmail(demo, m.local), m.name, passwordHash);
    await tx.insert(memberships).values({ organizationId: org!.id, userId: user.id, role: m.role });
  }
  for (const d of demo.customDomains) {
    await tx.insert(domains).values({
      organizationId: org!.id,
      hostname: d.hostname,
      status: d.status,
      verificationToken: randomToken(16),
      verifiedAt: d.status === 'verified' ? new Date() : null,
    });
  }
  await tx.insert(auditLogs).values({
    organizationId: org!.id,
    actorType: 'system',
    action: 'organization.created',
    entityType: 'organization',
    entityId: org!.id,
    newValues: { name: demo.name, slug: demo.slug, kind: demo.kind },
    reason: 'Demo data',
  });
  return { org: org!, created: true };
}

/** Idempotent: creates what is missing, leaves what exists alone. */
export async function seedDemoData(log: (line: string) => void = console.log) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await withPlatform(async (tx) => {
    for (const staff of PLATFORM_STAFF) {
      const admin = await ensureUser(tx, staff.email, staff.name, passwordHash);
      await tx.insert(platformRoles).values({ userId: admin.id, role: staff.role }).onConflictDoNothing();
    }
    for (const demo of DEMO_ORGANIZATIONS) {
      const { created } = await ensureOrganization(tx, demo, passwordHash);
      log(`${created ? '+' : '='} ${demo.name} (${demo.kind}) → http://${demo.slug}.localhost:3000`);
    }
  });
  await seedCatalogDemo(log);
  await seedCheckoutDemo(log);
  await (await import('./delivery/delivery-demo')).seedDeliveryDemo(log);
  await (await import('./feature-flags')).seedFeatureFlags(log);
  await (await import('./exchange-rates')).seedExchangeRates(log);
  await (await import('./billing')).seedBilling(log);
}
