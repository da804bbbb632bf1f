import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { auditLogs, orderNotes, type Organization } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { addOrderNote } from './add-order-note';
import { AddOrderNoteInput } from './schemas';
import { placedOrder, stockedStore } from './test-helpers';

let org: Organization;
let stock: Awaited<ReturnType<typeof stockedStore>>;

const notesOf = (orderId: string) => withOrg(org.id, (tx) => tx.select().from(orderNotes).where(eq(orderNotes.orderId, orderId)));

beforeAll(async () => {
  ({ org } = await createOrganization());
  stock = await stockedStore(org);
});

describe('addOrderNote', () => {
  it('keeps the note with its author and records it in the audit log', async () => {
    const order = await placedOrder(org, stock);
    const staff = await addMember(org, 'staff');
    const { id } = await addOrderNote(await orgContextFor(staff, org), AddOrderNoteInput.parse({ orderId: order.id, body: '  Call before delivery  ' }));
    expect(await notesOf(order.id)).toMatchObject([{ id, body: 'Call before delivery', authorId: staff.id }]);
    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, order.id), eq(auditLogs.action, 'order.note_added'))));
    expect(audit).toMatchObject([{ actorUserId: staff.id, organizationId: org.id }]);
  });

  it('refuses an empty note', () => {
    expect(AddOrderNoteInput.safeParse({ orderId: 'ord_x', body: '   ' }).error?.issues[0]).toMatchObject({ path: ['body'], message: 'Write the note first.' });
  });

  it('refuses roles without orders.manage, and another organization’s order as not found', async () => {
    const order = await placedOrder(org, stock);
    for (const role of ['seller', 'courier'] as const) {
      const member = await addMember(org, role);
      await expect(addOrderNote(await orgContextFor(member, org), { orderId: order.id, body: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(addOrderNote(await orgContextFor(otherOwner, other), { orderId: order.id, body: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await notesOf(order.id)).toEqual([]);
  });
});
