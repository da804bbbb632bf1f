import { and, eq, isNull } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { impersonationSessions } from '@/db/schema';
import type { Actor } from '@/lib/server/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { notFound } from '@/lib/server/errors';
import { EndImpersonationInput } from './schemas';

type SessionOwner = { actor: Extract<Actor, { type: 'platform_admin' | 'user' }> };

/**
 * Ends the admin's own support session. No permission is needed beyond owning it: someone whose
 * role was just revoked can still close what they opened (it already stopped working). Ending an
 * already ended or expired session changes nothing; either way the answer says where to go back to.
 */
export async function endImpersonation(owner: SessionOwner, raw: EndImpersonationInput) {
  const input = EndImpersonationInput.parse(raw);
  // The platform scope, named: the session is the admin's, the audit row is the organization's.
  return withPlatform(async (tx) => {
    const [session] = await tx
      .select()
      .from(impersonationSessions)
      .where(and(eq(impersonationSessions.id, input.sessionId), eq(impersonationSessions.adminUserId, owner.actor.userId)));
    if (!session) throw notFound('Support session');
    const now = new Date();
    const [ended] = await tx
      .update(impersonationSessions)
      .set({ endedAt: now })
      .where(and(eq(impersonationSessions.id, session.id), isNull(impersonationSessions.endedAt)))
      .returning({ id: impersonationSessions.id });
    if (!ended) return { changed: false, organizationId: session.organizationId };
    await recordAudit(tx, { ...owner.actor, type: 'platform_admin' }, {
      organizationId: session.organizationId,
      action: 'tenant.impersonation_ended',
      entityType: 'impersonation_session',
      entityId: session.id,
      oldValues: { endedAt: null },
      newValues: { endedAt: now.toISOString(), expired: session.expiresAt <= now },
    });
    return { changed: true, organizationId: session.organizationId };
  });
}
