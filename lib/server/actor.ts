import type { RequestMeta } from './request-meta';

/** Who is doing something, as the audit log records it. */
export type Actor =
  | ({ type: 'user'; userId: string; email: string } & RequestMeta)
  | ({ type: 'platform_admin'; userId: string; email: string } & RequestMeta)
  | ({ type: 'system'; userId: null; email: null } & RequestMeta);

export const systemActor: Actor = { type: 'system', userId: null, email: null, ipAddress: null, userAgent: null };

/** A signed-in person acting for themselves (their account, a shop, an invitation). */
export function userActor(user: { id: string; email: string }, meta: RequestMeta): Extract<Actor, { type: 'user' }> {
  return { type: 'user', userId: user.id, email: user.email, ...meta };
}
