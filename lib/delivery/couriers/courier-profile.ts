import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { couriers, deliveries, memberships, organizations, type Courier } from '@/db/schema';
import { UNDER_WAY_STATUSES } from '../deliveries/transitions';

/**
 * Gives a member with the courier role their courier profile (idempotent). Called where the role
 * is handed out: accepting an invitation, changing a member's role, seeding.
 */
export async function ensureCourierProfile(tx: Tx, orgId: string, userId: string): Promise<void> {
  await tx
    .insert(couriers)
    .values({
      organizationId: orgId,
      userId,
      currency: sql`(select ${organizations.defaultCurrency} from ${organizations} where ${organizations.id} = ${orgId})`,
    })
    .onConflictDoNothing({ target: [couriers.organizationId, couriers.userId] });
}

/** The courier profile of a user who is (still) a courier member of the organization. */
export async function findCourierForUser(tx: Tx, orgId: string, userId: string): Promise<Courier | undefined> {
  const [row] = await tx
    .select({ courier: couriers })
    .from(couriers)
    .innerJoin(memberships, and(eq(memberships.organizationId, couriers.organizationId), eq(memberships.userId, couriers.userId)))
    .where(and(eq(couriers.organizationId, orgId), eq(couriers.userId, userId), eq(memberships.role, 'courier')));
  return row?.courier;
}

/** A courier who can take deliveries: a courier member whose profile is active. */
export async function findAssignableCourier(tx: Tx, orgId: string, courierId: string): Promise<Courier | undefined> {
  const [row] = await tx
    .select({ courier: couriers })
    .from(couriers)
    .innerJoin(memberships, and(eq(memberships.organizationId, couriers.organizationId), eq(memberships.userId, couriers.userId)))
    .where(and(eq(couriers.organizationId, orgId), eq(couriers.id, courierId), eq(memberships.role, 'courier'), eq(couriers.isActive, true)));
  return row?.courier;
}

/** An online courier is busy while a delivery of theirs is under way, available otherwise; offline stays offline. */
export async function refreshCourierStatus(tx: Tx, orgId: string, courierId: string): Promise<void> {
  const underWay = tx
    .select({ one: sql`1` })
    .from(deliveries)
    .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.courierId, courierId), inArray(deliveries.status, [...UNDER_WAY_STATUSES])));
  await tx
    .update(couriers)
    .set({ status: sql`case when exists (${underWay}) then 'busy' else 'available' end::courier_status` })
    .where(and(eq(couriers.organizationId, orgId), eq(couriers.id, courierId), sql`${couriers.status} <> 'offline'`));
}
