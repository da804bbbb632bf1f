import { randomBytes } from 'node:crypto';
import { withOrg } from '@/db/scope';
import { orders, type Organization, type OrderStatus } from '@/db/schema';

/** A bare order row for back-office aggregate tests: any currency, total, status and placement time. */
export async function insertTestOrder(org: Organization, { currency = org.defaultCurrency, total, at, status = 'confirmed' }: { currency?: string; total: number; at: Date; status?: OrderStatus }) {
  await withOrg(org.id, (tx) =>
    tx.insert(orders).values({
      organizationId: org.id,
      number: randomBytes(3).toString('hex').toUpperCase(),
      email: 'shopper@example.test',
      customerName: 'Shopper',
      status,
      paymentMethod: 'cod',
      currency,
      subtotal: total,
      total,
      pricesIncludeTax: true,
      priceSnapshot: { currency, pricesIncludeTax: true, lines: [], subtotal: total, discount: 0, tax: 0, shipping: 0, total, coupon: null, delivery: { method: 'pickup', cost: 0 } },
      accessTokenHash: randomBytes(16).toString('hex'),
      createdAt: at,
    }),
  );
}
