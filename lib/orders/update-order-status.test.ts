import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { render } from '@react-email/components';
import { withOrg, withPlatform } from '@/db/scope';
import { auditLogs, domains, orderStatusHistory, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { UpdateOrderStatusInput } from './schemas';
import { placedOrder, stockedStore, stockLevelOf } from './test-helpers';
import { updateOrderStatus } from './update-order-status';

const { enqueueEmail } = vi.hoisted(() => ({ enqueueEmail: vi.fn(async (_message: { to: string; subject: string; template: string; body: unknown }) => null) }));
vi.mock('@/lib/jobs/queue', () => ({ enqueueEmail }));

let org: Organization;
let owner: User;
let stock: Awaited<ReturnType<typeof stockedStore>>;

const move = async (user: User, input: Record<string, unknown>) => updateOrderStatus(await orgContextFor(user, org), UpdateOrderStatusInput.parse(input));
const historyOf = (orderId: string) =>
  withOrg(org.id, (tx) => tx.select().from(orderStatusHistory).where(eq(orderStatusHistory.orderId, orderId)).orderBy(orderStatusHistory.createdAt));
const auditOf = (orderId: string) =>
  withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, orderId), eq(auditLogs.action, 'order.status_changed'))));

beforeAll(async () => {
  ({ org, owner } = await createOrganization({ name: 'Corner Shop' }));
  stock = await stockedStore(org, 10);
});
beforeEach(() => enqueueEmail.mockClear());

describe('updateOrderStatus', () => {
  it('moves the order, records who did it in the timeline and the audit log, and emails the shopper', async () => {
    const order = await placedOrder(org, stock, { email: 'shopper@example.test' });
    const result = await move(owner, { orderId: order.id, to: 'confirmed', expectedFrom: 'pending' });
    expect(result).toEqual({ id: order.id, number: order.number, from: 'pending', status: 'confirmed' });

    const history = await historyOf(order.id);
    expect(history.at(-1)).toMatchObject({ fromStatus: 'pending', toStatus: 'confirmed', actorType: 'staff', changedById: owner.id });
    expect(await auditOf(order.id)).toMatchObject([{ actorUserId: owner.id, oldValues: { status: 'pending' }, newValues: { status: 'confirmed' }, organizationId: org.id }]);

    expect(enqueueEmail).toHaveBeenCalledTimes(1);
    const message = enqueueEmail.mock.calls[0]![0];
    expect(message).toMatchObject({ to: 'shopper@example.test', template: 'order-status', subject: `Corner Shop: order ${order.number} is confirmed` });
    const html = await render(message.body as React.ReactElement);
    expect(html).toContain(`/account/orders/${order.number}`);
    expect(html).toContain(`${org.slug}.`);
    expect(html).toContain('Corner Shop');
  });

  it('sends no email for steps the shopper need not hear about', async () => {
    const order = await placedOrder(org, stock, { set: { status: 'confirmed' } });
    await move(owner, { orderId: order.id, to: 'processing', expectedFrom: 'confirmed' });
    expect(enqueueEmail).not.toHaveBeenCalled();
  });

  it('links to the store’s primary custom domain when it has one', async () => {
    const { org: branded, owner: brandedOwner } = await createOrganization();
    await withOrg(branded.id, (tx) =>
      tx.insert(domains).values({ organizationId: branded.id, hostname: 'shop.branded.test', status: 'verified', isPrimary: true, verificationToken: 't' }),
    );
    const order = await placedOrder(branded, await stockedStore(branded));
    await updateOrderStatus(await orgContextFor(brandedOwner, branded), UpdateOrderStatusInput.parse({ orderId: order.id, to: 'confirmed', expectedFrom: 'pending' }));
    const html = await render(enqueueEmail.mock.calls[0]![0].body as React.ReactElement);
    expect(html).toContain(`https://shop.branded.test/account/orders/${order.number}`);
  });

  it('refuses a click from a page showing an older status, and changes nothing', async () => {
    const order = await placedOrder(org, stock, { set: { status: 'confirmed' } });
    await expect(move(owner, { orderId: order.id, to: 'confirmed', expectedFrom: 'pending' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/is now confirmed\. Reload/),
    });
    await expect(move(owner, { orderId: order.id, to: 'cancelled', expectedFrom: 'pending', reason: 'Out of stock' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await historyOf(order.id)).map((h) => h.toStatus)).toEqual(['pending']);
    expect(await auditOf(order.id)).toEqual([]);
    expect(enqueueEmail).not.toHaveBeenCalled();
  });

  it('refuses a move the state machine does not allow', async () => {
    const order = await placedOrder(org, stock);
    await expect(move(owner, { orderId: order.id, to: 'delivered', expectedFrom: 'pending' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/cannot move to delivered/),
    });
    expect(await auditOf(order.id)).toEqual([]);
  });

  it('needs a reason to cancel, then releases the held stock and tells the shopper why', async () => {
    const order = await placedOrder(org, stock, { quantity: 4 });
    const { variant } = stock;
    const before = await stockLevelOf(org, variant.id);
    expect(before.reserved).toBeGreaterThanOrEqual(4);

    expect(UpdateOrderStatusInput.safeParse({ orderId: order.id, to: 'cancelled', expectedFrom: 'pending', reason: '  ' }).error?.issues[0]).toMatchObject({ path: ['reason'] });
    const ctx = await orgContextFor(owner, org);
    await expect(updateOrderStatus(ctx, { orderId: order.id, to: 'cancelled', expectedFrom: 'pending', reason: null })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { reason: [expect.any(String)] },
    });

    await move(owner, { orderId: order.id, to: 'cancelled', expectedFrom: 'pending', reason: 'Customer called to cancel' });
    expect((await stockLevelOf(org, variant.id)).reserved).toBe(before.reserved - 4);
    expect((await historyOf(order.id)).at(-1)).toMatchObject({ toStatus: 'cancelled', reason: 'Customer called to cancel' });
    expect(await auditOf(order.id)).toMatchObject([{ reason: 'Customer called to cancel' }]);
    const html = await render(enqueueEmail.mock.calls[0]![0].body as React.ReactElement);
    expect(html).toContain('Customer called to cancel');
  });

  it('releases every unit: the last order cancelled leaves nothing reserved', async () => {
    const { org: solo, owner: soloOwner } = await createOrganization();
    const soloStock = await stockedStore(solo, 5);
    const order = await placedOrder(solo, soloStock, { quantity: 5 });
    expect(await stockLevelOf(solo, soloStock.variant.id)).toMatchObject({ reserved: 5 });
    await updateOrderStatus(await orgContextFor(soloOwner, solo), UpdateOrderStatusInput.parse({ orderId: order.id, to: 'cancelled', expectedFrom: 'pending', reason: 'Duplicate' }));
    expect(await stockLevelOf(solo, soloStock.variant.id)).toMatchObject({ quantity: 5, reserved: 0 });
  });

  it('lets staff move orders but only owners and admins mark one refunded', async () => {
    const staff = await addMember(org, 'staff');
    const order = await placedOrder(org, stock, { set: { status: 'confirmed' } });
    await expect(move(staff, { orderId: order.id, to: 'refunded', expectedFrom: 'confirmed' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await move(staff, { orderId: order.id, to: 'processing', expectedFrom: 'confirmed' });
    const admin = await addMember(org, 'admin');
    await move(admin, { orderId: order.id, to: 'refunded', expectedFrom: 'processing' });
  });

  it('refuses members without orders.manage, and another organization’s orders as not found', async () => {
    const order = await placedOrder(org, stock);
    for (const role of ['seller', 'courier'] as const) {
      const member = await addMember(org, role);
      await expect(move(member, { orderId: order.id, to: 'confirmed', expectedFrom: 'pending' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(
      updateOrderStatus(await orgContextFor(otherOwner, other), UpdateOrderStatusInput.parse({ orderId: order.id, to: 'confirmed', expectedFrom: 'pending' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await historyOf(order.id)).map((h) => h.toStatus)).toEqual(['pending']);
  });
});
