import { createElement } from 'react';
import { render } from '@react-email/components';
import { beforeAll, describe, expect, it } from 'vitest';
import { withOrg } from '@/db/scope';
import { checkoutSettings, type Organization } from '@/db/schema';
import { createOrganization } from '@/db/test/factories';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { createTestOrder } from '@/db/test/order-factories';
import { OrderConfirmationEmail } from '@/emails/order-confirmation';
import { resolveStorefront, type StorefrontContext } from '@/lib/server/context';
import { orderConfirmationProps } from './order-confirmation-email';

let org: Organization;
let ctx: StorefrontContext;
let warehouseId: string;

beforeAll(async () => {
  ({ org } = await createOrganization({ name: 'Lamp Shop', defaultCurrency: 'EUR' }));
  const resolved = await resolveStorefront(`${org.slug}.localhost:3000`);
  if (resolved.status !== 'ok') throw new Error('store unavailable');
  ctx = resolved.ctx;
  warehouseId = (await createWarehouse(org, { isDefault: true })).id;
  await withOrg(org.id, (tx) =>
    tx.insert(checkoutSettings).values({ organizationId: org.id, bankTransferEnabled: true, bankTransferInstructions: 'IBAN DE89 3704 0044 0532 0130 00, Lamp Shop GmbH' }),
  );
});

async function order(paymentMethod: 'bank_transfer' | 'cod') {
  const { product, variant } = await createProduct(org, { name: 'Desk lamp', basePrice: 2450 });
  await setStock(org, { warehouseId, productId: product.id, variantId: variant.id }, 10);
  return createTestOrder(org, { lines: [{ product, variant, quantity: 2 }], paymentMethod });
}

describe('order confirmation email', () => {
  it('tells a bank-transfer shopper the amount, the reference and the store’s instructions, with the order link', async () => {
    const { order: placed, accessToken } = await order('bank_transfer');
    const props = await orderConfirmationProps(ctx, placed, accessToken);
    const text = await render(createElement(OrderConfirmationEmail, props), { plainText: true });

    expect(text).toContain('Lamp Shop');
    expect(text).toContain(`order ${placed.number}`);
    expect(text).toMatch(/2 × Desk lamp/);
    expect(text).toContain('How to pay by bank transfer');
    expect(text).toContain(`Transfer €49.00 with the reference ${placed.number}`);
    expect(text).toContain('IBAN DE89 3704 0044 0532 0130 00, Lamp Shop GmbH');
    expect(text).toContain(`http://${org.slug}.localhost:3000/orders/${accessToken}`);
  });

  it('leaves the transfer instructions out for cash on delivery', async () => {
    const { order: placed, accessToken } = await order('cod');
    const html = await render(createElement(OrderConfirmationEmail, await orderConfirmationProps(ctx, placed, accessToken)));
    expect(html).toContain('Cash on delivery');
    expect(html).not.toContain('IBAN');
  });
});
