import { beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { payments, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, createUser, orgContextFor } from '@/db/test/factories';
import { addOrderNote } from './add-order-note';
import { getOrder } from './get-order';
import { placedOrder, stockedStore } from './test-helpers';
import { updateOrderStatus } from './update-order-status';

vi.mock('@/lib/jobs/queue', () => ({ enqueueEmail: vi.fn(async () => null) }));

let org: Organization;
let owner: User;
let stock: Awaited<ReturnType<typeof stockedStore>>;

beforeAll(async () => {
  const named = await createUser({ name: 'Olga Owner' });
  ({ org, owner } = await createOrganization());
  stock = await stockedStore(org, 50, { name: 'Linen Shirt', basePrice: 2500 });
  owner = await addMember(org, 'owner', named);
});

describe('getOrder', () => {
  it('shows the items, frozen totals, payment, address and contact', async () => {
    const order = await placedOrder(org, stock, { quantity: 2, email: 'ada@example.test' });
    const detail = await getOrder(await orgContextFor(owner, org), order.id);
    expect(detail.order).toMatchObject({ id: order.id, number: order.number, email: 'ada@example.test', status: 'pending', shippingAddress: { city: 'Springfield' } });
    expect(detail.order).not.toHaveProperty('accessTokenHash');
    expect(detail.items).toMatchObject([{ productName: 'Linen Shirt', quantity: 2, unitPrice: 2500, total: 5000 }]);
    expect(detail.totals).toEqual({ currency: 'USD', pricesIncludeTax: true, subtotal: 5000, discount: 0, tax: 0, shipping: 0, total: 5000, paid: 0, refunded: 0 });
    expect(detail.payments).toMatchObject([{ method: 'cod', status: 'pending', amount: 5000, refundable: 0 }]);
    expect(detail.refunds).toEqual([]);
    expect(detail.delivery).toEqual({ method: 'pickup', cost: 0 });
  });

  it('tells the timeline oldest first with who moved the order, and the notes with their authors', async () => {
    const order = await placedOrder(org, stock);
    const ctx = await orgContextFor(owner, org);
    await updateOrderStatus(ctx, { orderId: order.id, to: 'confirmed', expectedFrom: 'pending', reason: null });
    await addOrderNote(ctx, { orderId: order.id, body: 'Gift wrap please' });
    const detail = await getOrder(ctx, order.id);
    expect(detail.timeline.map((t) => [t.from, t.to, t.actorLabel])).toEqual([
      [null, 'pending', 'Customer'],
      ['pending', 'confirmed', 'Olga Owner'],
    ]);
    expect(detail.notes).toMatchObject([{ body: 'Gift wrap please', author: { name: 'Olga Owner', email: owner.email } }]);
  });

  it('offers the next steps the member may take, and a refund only once money was taken', async () => {
    const order = await placedOrder(org, stock, { paymentMethod: 'card', set: { status: 'confirmed' } });
    const ownerCtx = await orgContextFor(owner, org);
    const staffCtx = await orgContextFor(await addMember(org, 'staff'), org);
    expect((await getOrder(ownerCtx, order.id)).actions).toEqual({ statuses: ['processing', 'cancelled', 'refunded'], canAddNote: true, canRefund: false });
    expect((await getOrder(staffCtx, order.id)).actions).toEqual({ statuses: ['processing', 'cancelled'], canAddNote: true, canRefund: false });

    await withOrg(org.id, (tx) =>
      tx.update(payments).set({ status: 'partially_refunded', refundedAmount: 500 }).where(and(eq(payments.organizationId, org.id), eq(payments.orderId, order.id))),
    );
    const paid = await getOrder(ownerCtx, order.id);
    expect(paid.actions.canRefund).toBe(true);
    expect(paid.payments).toMatchObject([{ refundable: 2500 - 500 }]);
    expect(paid.totals.paid).toBe(2500);
    expect((await getOrder(staffCtx, order.id)).actions.canRefund).toBe(false);
  });

  it('refuses roles without orders.view, and reads another organization’s order as not found', async () => {
    const order = await placedOrder(org, stock);
    for (const role of ['seller', 'courier'] as const) {
      await expect(getOrder(await orgContextFor(await addMember(org, role), org), order.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(getOrder(await orgContextFor(otherOwner, other), order.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
