import { createHash, randomBytes } from 'node:crypto';
import { withOrg } from '../scope';
import { orderItems, orders, orderStatusHistory, payments, type Organization, type Product, type ProductVariant } from '../schema';
import type { OrderPriceSnapshot, PaymentMethod } from '../schema';
import { lockProductsForStock } from '../../lib/inventory/reservations/lock-products';
import { reserveStock } from '../../lib/inventory/reservations/reserve-stock';

type Line = { product: Product; variant: ProductVariant; quantity: number };

/**
 * A placed order without going through checkout: items at the variant's product price, no tax,
 * discount or shipping, stock reserved, a pending history row and a pending payment. For tests
 * of what happens to an order afterwards; checkout's own tests use placeOrder.
 */
export async function createTestOrder(
  org: Organization,
  { lines, paymentMethod = 'cod', customerId = null, email = 'shopper@example.test' }: { lines: Line[]; paymentMethod?: PaymentMethod; customerId?: string | null; email?: string },
) {
  const priced = lines.map((l) => {
    const unitPrice = l.variant.price ?? l.product.basePrice + l.variant.priceAdjustment;
    return { ...l, unitPrice, subtotal: unitPrice * l.quantity };
  });
  const total = priced.reduce((s, l) => s + l.subtotal, 0);
  const snapshot: OrderPriceSnapshot = {
    currency: org.defaultCurrency,
    pricesIncludeTax: true,
    lines: priced.map((l) => ({
      productId: l.product.id,
      variantId: l.variant.id,
      name: l.product.name,
      variantName: l.variant.name,
      sku: l.variant.sku,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      subtotal: l.subtotal,
      discount: 0,
      taxRateBps: 0,
      tax: 0,
      total: l.subtotal,
    })),
    subtotal: total,
    discount: 0,
    tax: 0,
    shipping: 0,
    total,
    coupon: null,
    delivery: { method: 'pickup', cost: 0 },
  };
  const accessToken = randomBytes(16).toString('hex');
  return withOrg(org.id, async (tx) => {
    await lockProductsForStock(tx, org.id, lines.map((l) => l.product.id));
    const [order] = await tx
      .insert(orders)
      .values({
        organizationId: org.id,
        number: randomBytes(3).toString('hex').toUpperCase(),
        customerId,
        email,
        customerName: 'Test Shopper',
        paymentMethod,
        paymentStatus: 'pending',
        fulfilmentMethod: 'delivery',
        currency: org.defaultCurrency,
        subtotal: total,
        total,
        pricesIncludeTax: true,
        priceSnapshot: snapshot,
        shippingAddress: { fullName: 'Test Shopper', phone: '+10000000000', country: 'US', city: 'Springfield', street: '1 Main St' },
        accessTokenHash: createHash('sha256').update(accessToken).digest('hex'),
      })
      .returning();
    const items = await tx
      .insert(orderItems)
      .values(
        priced.map((l) => ({
          organizationId: org.id,
          orderId: order!.id,
          productId: l.product.id,
          variantId: l.variant.id,
          productName: l.product.name,
          variantName: l.variant.name,
          sku: l.variant.sku,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          subtotal: l.subtotal,
          total: l.subtotal,
        })),
      )
      .returning();
    await reserveStock(
      tx,
      org.id,
      order!.id,
      items.map((item, i) => ({ orderItemId: item.id, productId: item.productId, variantId: item.variantId, quantity: item.quantity, allowBackorder: priced[i]!.product.allowBackorder, label: item.productName })),
    );
    await tx.insert(orderStatusHistory).values({ organizationId: org.id, orderId: order!.id, toStatus: 'pending', actorType: 'customer' });
    const [payment] = await tx
      .insert(payments)
      .values({ organizationId: org.id, orderId: order!.id, customerId, amount: total, currency: org.defaultCurrency, method: paymentMethod, provider: paymentMethod === 'card' ? 'stripe' : null })
      .returning();
    return { order: order!, items, payment: payment!, accessToken };
  });
}
