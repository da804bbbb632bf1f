import { and, eq, isNull, sql } from 'drizzle-orm';
import { invitations, memberships, userEmailIs, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { sha256 } from '@/lib/crypto/hash';
import { randomToken } from '@/lib/ids';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { conflict, forbidden } from '@/lib/server/errors';
import { assignableRoles } from '@/lib/server/permissions';
import { invitationExpiry, inviterName } from './internal';
import type { InviteMemberInput } from './schemas';
import { sendInvitationEmail } from './send-invitation-email';
import { assertPlanModule, assertWithinPlan } from '@/lib/plans/enforce';

/**
 * Invites an email address with a role. An open invitation to the same address is revoked
 * and replaced. Parallel invites of one address queue on a transaction-scoped advisory lock,
 * so each replaces the previous one in turn (the partial unique index on open invitations
 * stays the backstop). The email goes out after commit.
 */
export async function inviteMember(ctx: OrgContext, input: InviteMemberInput) {
  requirePermission(ctx, 'team.invite');
  if (!assignableRoles(ctx.role).includes(input.role)) {
    throw forbidden('Only owners can invite owners.');
  }
  const created = await ctx.tx(async (tx) => {
    if (input.role === 'seller') await assertPlanModule(tx, ctx.org.id, 'marketplace', 'The seller role');
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`invite:${ctx.org.id}:${input.email}`}, 0))`);
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, ctx.org.id), userEmailIs(input.email)));
    if (member) {
      const message = `${input.email} is already a member of ${ctx.org.name}.`;
      throw conflict(message, { email: [message] });
    }
    const replaced = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.organizationId, ctx.org.id),
          sql`lower(${invitations.email}) = ${input.email}`,
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id });
    // The new invitation takes a place on the team (the one it replaced gave its place back).
    await assertWithinPlan(tx, ctx.org.id, 'teamMembers');
    const token = randomToken();
    const [invitation] = await tx
      .insert(invitations)
      .values({
        organizationId: ctx.org.id,
        email: input.email,
        role: input.role,
        tokenHash: sha256(token),
        invitedBy: ctx.actor.userId,
        expiresAt: invitationExpiry(),
      })
      .returning();
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'team.invitation_sent',
      entityType: 'invitation',
      entityId: invitation!.id,
      newValues: { email: input.email, role: input.role, replacedInvitationIds: replaced.map((r) => r.id) },
    });
    return { invitation: invitation!, token, inviter: await inviterName(tx, ctx.actor.userId, ctx.actor.email) };
  });
  const emailSent = await sendInvitationEmail({
    to: input.email,
    organizationName: ctx.org.name,
    inviterName: created.inviter,
    role: input.role,
    token: created.token,
  });
  const { id, email, role, expiresAt } = created.invitation;
  return { id, email, role, expiresAt, emailSent };
}
