import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { couriers, memberships, users } from '@/db/schema';

/** The columns every courier view shows: the profile with the member's name and email. */
export const courierProfileColumns = {
  id: couriers.id,
  userId: couriers.userId,
  /** The member's name, or their email when they never gave one. */
  name: sql<string>`coalesce(nullif(trim(${users.name}), ''), ${users.email})`,
  email: users.email,
  phone: couriers.phone,
  vehicleType: couriers.vehicleType,
  status: couriers.status,
  isActive: couriers.isActive,
  lastSeenAt: couriers.lastSeenAt,
  lastLatitude: couriers.lastLatitude,
  lastLongitude: couriers.lastLongitude,
  feePerDelivery: couriers.feePerDelivery,
  totalEarnings: couriers.totalEarnings,
  currency: couriers.currency,
  ratingSum: couriers.ratingSum,
  ratingCount: couriers.ratingCount,
};

/** Joins a courier profile to the membership that makes its user a courier here (role still courier). */
export const courierMembership = and(eq(memberships.organizationId, couriers.organizationId), eq(memberships.userId, couriers.userId), eq(memberships.role, 'courier'));
