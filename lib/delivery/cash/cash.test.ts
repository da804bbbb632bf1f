import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg, withPlatform } from '@/db/scope';
import { auditLogs, courierCashHandins, memberships, type Organization, type User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createTestCourier, setDeliverySettings } from '@/db/test/delivery-factories';
import { toDecimalString } from '@/lib/money/money';
import { courierCashLedger } from './courier-cash-ledger';
import { listCashBalances } from './list-cash-balances';
import { recordHandin } from './record-handin';
import { RecordHandinInput } from './schemas';
import { deliverOrder } from './test-helpers';

let org: Organization;
let owner: User;
const ctx = () => orgContextFor(owner, org);
const usd = (minor: number) => toDecimalString(minor, 'USD');
const handin = (courierId: string, amount: string, note = '') => RecordHandinInput.parse({ courierId, amount, note });

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
  await setDeliverySettings(org, { proofRequirement: 'none' });
});

describe('cash on delivery reconciliation', () => {
  it('balances collected cash against hand-ins, with a running balance in the ledger', async () => {
    const rider = await createTestCourier(org, {}, 'Ali Rider');
    const first = await deliverOrder(org, rider);
    const second = await deliverOrder(org, rider);
    const card = await deliverOrder(org, rider, 'card');
    expect(first.codAmount).toBeGreaterThan(0);
    expect(card.codAmount).toBe(0);
    const collected = first.codAmount + second.codAmount;

    const done = await recordHandin(await ctx(), handin(rider.courier.id, usd(first.codAmount), 'Evening drop'));
    expect(done).toMatchObject({ amount: first.codAmount, balance: second.codAmount });

    const { rows, totals } = await listCashBalances(await ctx());
    expect(rows.find((r) => r.courierId === rider.courier.id)).toMatchObject({
      name: 'Ali Rider',
      cashCollected: collected,
      cashHandedIn: first.codAmount,
      cashBalance: second.codAmount,
      isCourierMember: true,
    });
    expect(totals.balance).toBe(rows.reduce((s, r) => s + r.cashBalance, 0));

    const ledger = await courierCashLedger(await ctx(), rider.courier.id, 1);
    expect(ledger.total).toBe(3);
    // Newest first; the card delivery collected nothing and is not an entry.
    expect(ledger.rows.map((e) => [e.kind, e.amount, e.balanceAfter])).toEqual([
      ['handin', -first.codAmount, second.codAmount],
      ['collected', second.codAmount, collected],
      ['collected', first.codAmount, first.codAmount],
    ]);
    expect(ledger.rows[0]).toMatchObject({ note: 'Evening drop', trackingNumber: null });
    expect(ledger.rows[0]!.receivedByName).toBeTruthy();
    expect(ledger.rows[2]).toMatchObject({ trackingNumber: first.trackingNumber, orderId: first.orderId });
    expect(ledger.rows[2]!.orderNumber).toBeTruthy();
    expect(ledger.rows[2]!.at).toEqual(first.deliveredAt);

    const audit = await withPlatform((tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, rider.courier.id), eq(auditLogs.action, 'courier_cash.handed_in'))));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.newValues).toMatchObject({ amount: first.codAmount, balance: second.codAmount, note: 'Evening drop' });
  });

  it('pages the ledger with true running balances on every page', async () => {
    const rider = await createTestCourier(org, {}, 'Pager');
    const delivered = await deliverOrder(org, rider);
    const c = await ctx();
    for (let i = 0; i < 21; i++) await recordHandin(c, handin(rider.courier.id, '0.01'));
    const page2 = await courierCashLedger(c, rider.courier.id, 2);
    expect(page2).toMatchObject({ total: 22, page: 2, totalPages: 2 });
    expect(page2.rows.map((e) => [e.kind, e.balanceAfter])).toEqual([
      ['handin', delivered.codAmount - 1],
      ['collected', delivered.codAmount],
    ]);
    expect((await courierCashLedger(c, rider.courier.id, 1)).rows[0]!.balanceAfter).toBe(delivered.codAmount - 21);
    // A stale ?page=9 shows the last page.
    expect((await courierCashLedger(c, rider.courier.id, 9)).page).toBe(2);
  });

  it('refuses a hand-in over the balance, zero, or with too many decimals, with a field error', async () => {
    const rider = await createTestCourier(org, {}, 'Careful');
    const delivered = await deliverOrder(org, rider);
    const c = await ctx();
    await expect(recordHandin(c, handin(rider.courier.id, usd(delivered.codAmount + 1)))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { amount: [expect.stringMatching(/holds only \$/)] },
    });
    await expect(recordHandin(c, handin(rider.courier.id, '0'))).rejects.toMatchObject({ fieldErrors: { amount: ['Enter an amount greater than zero.'] } });
    await expect(recordHandin(c, handin(rider.courier.id, '1.005'))).rejects.toMatchObject({ fieldErrors: { amount: [expect.stringMatching(/2 decimal places/)] } });
    await expect(recordHandin(c, handin(rider.courier.id, usd(delivered.codAmount)))).resolves.toMatchObject({ balance: 0 });
    await expect(recordHandin(c, handin(rider.courier.id, '0.01'))).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('two hand-ins at once that together exceed the balance: one is refused', async () => {
    const rider = await createTestCourier(org, {}, 'Racer');
    const delivered = await deliverOrder(org, rider);
    const part = usd(Math.ceil(delivered.codAmount * 0.6));
    const [a, b] = await Promise.all([ctx(), ctx()]);
    const results = await Promise.allSettled([recordHandin(a, handin(rider.courier.id, part)), recordHandin(b, handin(rider.courier.id, part))]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'INVALID' } });
    const rows = await withPlatform((tx) => tx.select().from(courierCashHandins).where(eq(courierCashHandins.courierId, rider.courier.id)));
    expect(rows).toHaveLength(1);
  });

  it('keeps a former courier who still holds cash on the overview', async () => {
    const rider = await createTestCourier(org, {}, 'Moved On');
    await deliverOrder(org, rider);
    const idle = await createTestCourier(org, {}, 'Never Delivered');
    for (const who of [rider, idle]) {
      await withOrg(org.id, (tx) => tx.update(memberships).set({ role: 'staff' }).where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, who.user.id))));
    }
    const { rows } = await listCashBalances(await ctx());
    expect(rows.find((r) => r.courierId === rider.courier.id)).toMatchObject({ isCourierMember: false });
    expect(rows.some((r) => r.courierId === idle.courier.id)).toBe(false);
    // Their cash can still be handed in.
    await expect(recordHandin(await ctx(), handin(rider.courier.id, '0.01'))).resolves.toBeTruthy();
  });

  it("another organization can neither see nor record cash for this organization's courier", async () => {
    const rider = await createTestCourier(org, {}, 'Mine');
    await deliverOrder(org, rider);
    const { org: other, owner: otherOwner } = await createOrganization();
    const intruder = await orgContextFor(otherOwner, other);
    await expect(courierCashLedger(intruder, rider.courier.id, 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(recordHandin(intruder, handin(rider.courier.id, '0.01'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listCashBalances(intruder)).rows).toEqual([]);
    const rows = await withPlatform((tx) => tx.select().from(courierCashHandins).where(eq(courierCashHandins.courierId, rider.courier.id)));
    expect(rows).toEqual([]);
  });

  it('is for owners and admins: staff and couriers are refused', async () => {
    const rider = await createTestCourier(org, {}, 'Guarded');
    for (const role of ['staff', 'courier'] as const) {
      const c = await orgContextFor(await addMember(org, role), org);
      await expect(listCashBalances(c)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(courierCashLedger(c, rider.courier.id, 1)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(recordHandin(c, handin(rider.courier.id, '0.01'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const admin = await orgContextFor(await addMember(org, 'admin'), org);
    await expect(listCashBalances(admin)).resolves.toBeTruthy();
  });
});
