import 'server-only';
import { orderNotes } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission, type OrgContext } from '@/lib/server/context';
import { getOrderInOrg } from './internal';
import type { AddOrderNoteInput } from './schemas';

/** An internal note on an order, for the team only (never shown to the shopper). */
export async function addOrderNote(ctx: OrgContext, input: AddOrderNoteInput): Promise<{ id: string }> {
  requirePermission(ctx, 'orders.manage');
  return ctx.tx(async (tx) => {
    const order = await getOrderInOrg(tx, ctx.org.id, input.orderId);
    const [note] = await tx
      .insert(orderNotes)
      .values({ organizationId: ctx.org.id, orderId: order.id, body: input.body, authorId: ctx.actor.userId })
      .returning({ id: orderNotes.id });
    await recordAudit(tx, ctx.actor, {
      organizationId: ctx.org.id,
      action: 'order.note_added',
      entityType: 'order',
      entityId: order.id,
      newValues: { noteId: note!.id, body: input.body },
    });
    return { id: note!.id };
  });
}
