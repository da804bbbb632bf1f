import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { invitations, users } from '@/db/schema';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { pageWindow } from '@/lib/server/list-query';
import { ListInvitationsInput } from './schemas';

export const INVITATIONS_PAGE_SIZE = 20;

/** Invitations nobody has accepted or revoked yet (expired ones included, so they can be resent), newest first. */
export async function listInvitations(ctx: OrgContext, rawInput: ListInvitationsInput) {
  requirePermission(ctx, 'team.view');
  const { page } = ListInvitationsInput.parse(rawInput);
  const where = and(eq(invitations.organizationId, ctx.org.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt));
  return ctx.tx(async (tx) => {
    const [total] = await tx.select({ n: count() }).from(invitations).where(where);
    const { page: current, totalPages, offset } = pageWindow(total?.n ?? 0, page, INVITATIONS_PAGE_SIZE);
    const rows = await tx
      .select({
        id: invitations.id,
        email: invitations.email,
        role: invitations.role,
        expiresAt: invitations.expiresAt,
        createdAt: invitations.createdAt,
        invitedByName: users.name,
        invitedByEmail: users.email,
      })
      .from(invitations)
      .leftJoin(users, eq(users.id, invitations.invitedBy))
      .where(where)
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(INVITATIONS_PAGE_SIZE)
      .offset(offset);
    return { invitations: rows, total: total?.n ?? 0, page: current, totalPages };
  });
}

export type InvitationRow = Awaited<ReturnType<typeof listInvitations>>['invitations'][number];
