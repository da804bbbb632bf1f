import { and, eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '../../scope';
import { couriers, memberships, userEmailIs, users, type Courier, type Organization } from '../../schema';
import { minor } from '../catalog/prices';
import type { CourierSpec, DeliveryDemo, Point } from './data';
import type { CourierRole } from './plans';

const ROLES: CourierRole[] = ['demo', 'second', 'third'];
const MINUTE = 60_000;

export type DemoCourier = { courier: Courier; userId: string; spec: CourierSpec };

async function ensureCourierUser(email: string, name: string, passwordHash: string) {
  return withPlatform(async (tx) => {
    const [existing] = await tx.select().from(users).where(userEmailIs(email));
    if (existing) return { user: existing, created: false };
    const [created] = await tx.insert(users).values({ email, name, passwordHash, emailVerified: new Date() }).returning();
    return { user: created!, created: true };
  });
}

/**
 * The demo courier's profile filled in (phone, vehicle, fee, a position near the warehouse) and
 * the store's other couriers created as members with the courier role, signing in with the demo
 * password. A profile that already has a phone is the merchant's and is left alone.
 */
export async function ensureCouriers(org: Organization, demo: DeliveryDemo, passwordHash: string, home: Point | null) {
  const team = {} as Record<CourierRole, DemoCourier>;
  let created = 0;
  for (const [i, spec] of demo.couriers.entries()) {
    const { user, created: newUser } = await ensureCourierUser(`${spec.local}@${org.slug}.test`, spec.name, passwordHash);
    created += Number(newUser);
    const courier = await withOrg(org.id, async (tx) => {
      await tx.insert(memberships).values({ organizationId: org.id, userId: user.id, role: 'courier' }).onConflictDoNothing();
      await tx.insert(couriers).values({ organizationId: org.id, userId: user.id, currency: org.defaultCurrency }).onConflictDoNothing();
      const mine = and(eq(couriers.organizationId, org.id), eq(couriers.userId, user.id));
      const [profile] = await tx.select().from(couriers).where(mine);
      if (profile!.phone) return profile!;
      // Seen at the warehouse a little while ago (online), or yesterday after their last run (offline).
      const seenAgo = spec.online ? 8 * MINUTE : 25 * 60 * MINUTE;
      const [filled] = await tx
        .update(couriers)
        .set({
          phone: spec.phone,
          vehicleType: spec.vehicle,
          feePerDelivery: minor(spec.fee, org.defaultCurrency),
          status: spec.online ? 'available' : 'offline',
          lastLatitude: home ? home[0] + 0.0011 * (i + 1) : null,
          lastLongitude: home ? home[1] - 0.0008 * (i + 1) : null,
          lastSeenAt: home ? new Date(Date.now() - seenAgo) : null,
        })
        .where(mine)
        .returning();
      return filled!;
    });
    team[ROLES[i]!] = { courier, userId: user.id, spec };
  }
  return { team, created };
}
