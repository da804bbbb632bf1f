import 'server-only';
import { cache } from 'react';
import type { Courier } from '@/db/schema';
import { findCourierForUser } from '@/lib/delivery/couriers/courier-profile';
import type { DeliveryActor } from '@/lib/delivery/deliveries/history';
import { requireOrgContext, requirePermission, type OrgContext } from '@/lib/server/context';
import { forbidden } from '@/lib/server/errors';

/** A courier member acting in one organization: their OrgContext and their courier profile. */
export type CourierContext = OrgContext & {
  /** The profile as it was when the request started (ids and settings; status may move). */
  courier: Courier;
  /** How the delivery history records what this courier does. */
  deliveryActor: DeliveryActor;
};

/** The courier's context from their OrgContext: the role must be courier and the profile must exist. */
export async function loadCourierContext(ctx: OrgContext): Promise<CourierContext> {
  requirePermission(ctx, 'courier.work');
  const courier = await ctx.tx((tx) => findCourierForUser(tx, ctx.org.id, ctx.actor.userId));
  if (!courier) throw forbidden('You are not a courier of this organization.');
  return { ...ctx, courier, deliveryActor: { type: 'courier', userId: ctx.actor.userId } };
}

/** The signed-in user as a courier of `orgSlug`; NotFound when not a member, Forbidden when not a courier. */
export const requireCourierContext = cache(async (orgSlug: string): Promise<CourierContext> => loadCourierContext(await requireOrgContext(orgSlug)));
