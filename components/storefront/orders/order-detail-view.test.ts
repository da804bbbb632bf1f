import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ShopperOrderDetail } from '@/lib/storefront/orders/order-detail';
import { OrderDetailView } from './order-detail-view';

const snapshot = {
  currency: 'EUR',
  pricesIncludeTax: true,
  lines: [{ productId: 'p', variantId: 'v', name: 'Desk lamp', variantName: null, sku: null, quantity: 2, unitPrice: 2000, subtotal: 4000, discount: 0, taxRateBps: 0, tax: 0, total: 4000 }],
  subtotal: 4000,
  discount: 0,
  tax: 0,
  shipping: 500,
  total: 4500,
  coupon: null,
  delivery: { method: 'delivery' as const, zoneId: 'z', zoneName: 'Town', tariffId: 't', tariffName: 'Courier', cost: 500, estimatedHours: 24, weightGrams: 0 },
};

function detail(over: Partial<ShopperOrderDetail['order']> = {}): ShopperOrderDetail {
  return {
    order: {
      number: 'AB12CD',
      status: 'pending',
      paymentStatus: 'pending',
      paymentMethod: 'bank_transfer',
      fulfilmentMethod: 'delivery',
      currency: 'EUR',
      createdAt: new Date('2025-03-05T14:30:00Z'),
      customerName: 'Gita',
      email: 'gita@example.test',
      phone: null,
      customerNote: null,
      paymentDueAt: null,
      estimatedDeliveryHours: 24,
      couponCode: null,
      shippingAddress: { fullName: 'Gita', phone: '+1 212 555 0100', country: 'US', city: 'Springfield', street: '1 Main St' },
      ...over,
    },
    snapshot,
    timeline: [{ status: 'pending', label: 'Order placed', at: new Date('2025-03-05T14:30:00Z'), byYou: false }],
    bankTransferInstructions: 'IBAN XX00 1234',
    pickupInstructions: null,
    canCancel: true,
    canPay: false,
  };
}

const render = (d: ShopperOrderDetail, paymentCancelled = false) =>
  renderToStaticMarkup(createElement(OrderDetailView, { detail: d, locale: 'en', timeZone: 'UTC', confirmation: true, paymentCancelled, actions: null }));

describe('order page', () => {
  it('thanks the shopper and shows the transfer amount, reference and instructions from the snapshot', () => {
    const html = render(detail());
    expect(html).toContain('Thank you, your order AB12CD is placed');
    expect(html).toContain('Transfer <strong>€45.00</strong> with the reference <strong>AB12CD</strong>');
    expect(html).toContain('IBAN XX00 1234');
    expect(html).toContain('Order placed');
    expect(html).toContain('Courier');
  });

  it('asks a card shopper who gave up at Stripe to complete the payment, and says nothing of transfers', () => {
    const d = { ...detail({ paymentMethod: 'card' }), bankTransferInstructions: null, canPay: true };
    const html = render(d, true);
    expect(html).toContain('Your payment was not completed');
    expect(html).not.toContain('bank transfer');
  });
});
