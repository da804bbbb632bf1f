import { beforeAll, describe, expect, it } from 'vitest';
import type { Order, Organization, User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { ORDERS_PAGE_SIZE, OrderListFilters } from './list-filters';
import { listOrders } from './list-orders';
import { placedOrder, stockedStore } from './test-helpers';

let org: Organization;
let owner: User;
const placed: Record<string, Order> = {};

const list = async (query: Record<string, string> = {}) => listOrders(await orgContextFor(owner, org), OrderListFilters.parse(query));
const numbers = async (query: Record<string, string>) => (await list(query)).rows.map((r) => r.number).sort();
const numbersOf = (...keys: string[]) => keys.map((k) => placed[k]!.number).sort();

beforeAll(async () => {
  // UTC+5: an order at 20:00 UTC on 1 March was placed on 2 March in the store's day.
  ({ org, owner } = await createOrganization({ timezone: 'Asia/Tashkent' }));
  const stock = await stockedStore(org);
  placed.ada = await placedOrder(org, stock, {
    quantity: 3,
    email: 'ada@example.test',
    set: { number: 'AB12C3', customerName: 'Ada Lovelace', createdAt: new Date('2025-03-01T20:00:00Z') },
  });
  placed.bob = await placedOrder(org, stock, {
    paymentMethod: 'card',
    email: 'bob@shop.test',
    set: { number: 'AB9Z77', customerName: 'Bob Builder', status: 'confirmed', paymentStatus: 'paid', createdAt: new Date('2025-03-01T12:00:00Z') },
  });
  placed.cy = await placedOrder(org, stock, {
    paymentMethod: 'bank_transfer',
    email: 'cy@example.test',
    set: { number: 'QQ0001', customerName: 'Cy Twombly', status: 'cancelled', paymentStatus: 'voided', createdAt: new Date('2025-03-05T08:00:00Z') },
  });
});

describe('listOrders', () => {
  it('lists the newest first with customer, totals and units ordered', async () => {
    const page = await list();
    expect(page.rows.map((r) => r.number)).toEqual([placed.cy!.number, placed.ada!.number, placed.bob!.number]);
    expect(page.rows[1]).toMatchObject({ customerName: 'Ada Lovelace', email: 'ada@example.test', itemCount: 3, total: 3 * 1999, currency: 'USD', paymentMethod: 'cod' });
    expect(page).toMatchObject({ total: 3, page: 1, totalPages: 1 });
  });

  it('narrows by status, payment status and payment method', async () => {
    expect(await numbers({ status: 'confirmed' })).toEqual(numbersOf('bob'));
    expect(await numbers({ status: 'pending' })).toEqual(numbersOf('ada'));
    expect(await numbers({ payment: 'voided' })).toEqual(numbersOf('cy'));
    expect(await numbers({ payment: 'pending' })).toEqual(numbersOf('ada'));
    expect(await numbers({ method: 'card' })).toEqual(numbersOf('bob'));
    expect(await numbers({ method: 'bank_transfer', status: 'pending' })).toEqual([]);
    // A malformed value is no filter at all.
    expect(await numbers({ status: 'shipped' })).toHaveLength(3);
  });

  it('reads the date range as whole days in the store’s time zone', async () => {
    expect(await numbers({ from: '2025-03-02', to: '2025-03-02' })).toEqual(numbersOf('ada'));
    expect(await numbers({ from: '2025-03-01', to: '2025-03-01' })).toEqual(numbersOf('bob'));
    expect(await numbers({ from: '2025-03-02' })).toEqual(numbersOf('ada', 'cy'));
    expect(await numbers({ to: '2025-03-04' })).toEqual(numbersOf('ada', 'bob'));
  });

  it('finds customers by part of their name or email, ignoring case', async () => {
    expect(await numbers({ customer: 'lovelace' })).toEqual(numbersOf('ada'));
    expect(await numbers({ customer: 'SHOP.TEST' })).toEqual(numbersOf('bob'));
    expect(await numbers({ customer: 'example.test' })).toEqual(numbersOf('ada', 'cy'));
    expect(await numbers({ customer: '%' })).toEqual([]);
  });

  it('finds an order by its number or the start of it, ignoring case and a leading #', async () => {
    expect(await numbers({ number: 'AB12C3' })).toEqual(numbersOf('ada'));
    expect(await numbers({ number: '#ab12c3' })).toEqual(numbersOf('ada'));
    expect(await numbers({ number: 'ab' })).toEqual(numbersOf('ada', 'bob'));
    expect(await numbers({ number: '12C3' })).toEqual([]);
    expect(await numbers({ number: 'A_' })).toEqual([]);
  });

  it('pages through many orders without repeating or skipping any, and clamps a page past the end', async () => {
    const { org: busy, owner: busyOwner } = await createOrganization();
    const stock = await stockedStore(busy);
    const sameMoment = new Date('2025-04-01T10:00:00Z');
    const all: Order[] = [];
    for (let i = 0; i < ORDERS_PAGE_SIZE + 3; i++) all.push(await placedOrder(busy, stock, { set: i < 5 ? { createdAt: sameMoment } : {} }));
    const ctx = await orgContextFor(busyOwner, busy);
    const first = await listOrders(ctx, OrderListFilters.parse({}));
    const second = await listOrders(ctx, OrderListFilters.parse({ page: '2' }));
    expect(first).toMatchObject({ total: ORDERS_PAGE_SIZE + 3, totalPages: 2, page: 1 });
    expect(first.rows).toHaveLength(ORDERS_PAGE_SIZE);
    expect(second.rows).toHaveLength(3);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id))).toEqual(new Set(all.map((o) => o.id)));
    expect((await listOrders(ctx, OrderListFilters.parse({ page: '9' }))).page).toBe(2);
  });

  it('shows another organization none of these orders', async () => {
    const { org: other, owner: otherOwner } = await createOrganization();
    const result = await listOrders(await orgContextFor(otherOwner, other), OrderListFilters.parse({}));
    expect(result).toMatchObject({ total: 0, rows: [] });
  });

  it('refuses members whose role does not include orders', async () => {
    for (const role of ['seller', 'courier'] as const) {
      const member = await addMember(org, role);
      await expect(listOrders(await orgContextFor(member, org), OrderListFilters.parse({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const staff = await addMember(org, 'staff');
    expect((await listOrders(await orgContextFor(staff, org), OrderListFilters.parse({}))).total).toBe(3);
  });
});
