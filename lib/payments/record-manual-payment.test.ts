import { beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { orders, orderStatusHistory, payments, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createTestOrder } from '@/db/test/order-factories';
import { markPaymentReceived } from './record-manual-payment';

let org: Organization;
let owner: User;
let warehouseId: string;

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
  warehouseId = (await createWarehouse(org, { isDefault: true })).id;
});

async function order(paymentMethod: 'bank_transfer' | 'cod' = 'bank_transfer') {
  const { product, variant } = await createProduct(org, { basePrice: 4200 });
  await setStock(org, { warehouseId, productId: product.id, variantId: variant.id }, 3);
  return createTestOrder(org, { lines: [{ product, variant, quantity: 1 }], paymentMethod });
}

const state = (orderId: string) =>
  withOrg(org.id, async (tx) => ({
    order: (await tx.select().from(orders).where(eq(orders.id, orderId)))[0]!,
    payment: (await tx.select().from(payments).where(eq(payments.orderId, orderId)))[0]!,
    history: await tx.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, orderId)).orderBy(asc(orderStatusHistory.createdAt)),
  }));

describe('markPaymentReceived', () => {
  it('records a bank transfer as received: payment completed, order paid and confirmed once', async () => {
    const { order: placed, payment } = await order();
    const staff = await addMember(org, 'staff');
    const ctx = await orgContextFor(staff, org);
    await expect(markPaymentReceived(ctx, { orderId: placed.id, paymentId: payment.id, reference: 'TRX-981' })).resolves.toEqual({ paymentStatus: 'paid', orderStatus: 'confirmed' });
    const now = await state(placed.id);
    expect(now.payment).toMatchObject({ status: 'completed', gatewayResponse: { reference: 'TRX-981', receivedBy: staff.id } });
    expect(now.order).toMatchObject({ status: 'confirmed', paymentStatus: 'paid' });
    expect(now.history.map((h) => h.toStatus)).toEqual(['pending', 'confirmed']);

    await expect(markPaymentReceived(ctx, { orderId: placed.id, paymentId: payment.id, reference: null })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await state(placed.id)).history).toHaveLength(2);
  });

  it('is only for bank transfers, and not for a cancelled order', async () => {
    const ctx = await orgContextFor(owner, org);
    const cod = await order('cod');
    await expect(markPaymentReceived(ctx, { orderId: cod.order.id, paymentId: cod.payment.id, reference: null })).rejects.toMatchObject({ code: 'CONFLICT' });

    const { order: placed, payment } = await order();
    await withOrg(org.id, (tx) => tx.update(orders).set({ status: 'cancelled' }).where(eq(orders.id, placed.id)));
    await expect(markPaymentReceived(ctx, { orderId: placed.id, paymentId: payment.id, reference: null })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('is refused to a role without orders.manage and to another organization', async () => {
    const { order: placed, payment } = await order();
    const seller = await addMember(org, 'seller');
    await expect(markPaymentReceived(await orgContextFor(seller, org), { orderId: placed.id, paymentId: payment.id, reference: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(markPaymentReceived(await orgContextFor(otherOwner, other), { orderId: placed.id, paymentId: payment.id, reference: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await state(placed.id)).payment.status).toBe('pending');
  });
});
