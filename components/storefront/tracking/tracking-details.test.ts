import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { TrackingView } from '@/lib/storefront/tracking/get-tracking-view';
import type { ShopperOrderDelivery } from '@/lib/storefront/tracking/order-delivery';
import { DeliveryRatingForm } from './delivery-rating-form';
import { OrderDeliveryCard } from './order-delivery-card';
import { TrackingDetails } from './tracking-details';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: vi.fn() }) }));

const now = new Date('2025-03-05T10:00:00Z');
const view = (over: Partial<TrackingView> = {}): TrackingView => ({
  trackingNumber: 'TRK23456789',
  orderNumber: 'AB12CD',
  status: 'dispatched',
  statusLabel: 'Out for delivery',
  courierFirstName: 'Aziz',
  estimatedDeliveryAt: new Date('2025-03-05T12:30:00Z'),
  deliveredAt: null,
  timeline: [
    { kind: 'status', status: 'pending', label: 'Waiting for a courier', at: new Date('2025-03-05T08:00:00Z') },
    { kind: 'status', status: 'dispatched', label: 'Out for delivery', at: new Date('2025-03-05T09:00:00Z') },
    { kind: 'failed_attempt', status: 'dispatched', label: 'Delivery attempt failed', at: new Date('2025-03-05T09:30:00Z') },
  ],
  lastPosition: { latitude: 41.3111, longitude: 69.2797, recordedAt: new Date('2025-03-05T09:57:00Z') },
  rating: null,
  ratingToken: null,
  ...over,
});
const render = (v: TrackingView) => renderToStaticMarkup(createElement(TrackingDetails, { view: v, timeZone: 'Asia/Tashkent', now }));

describe('tracking page', () => {
  it('shows the courier, the estimated time in the store’s zone, the last position with a maps link, newest update first', () => {
    const html = render(view());
    expect(html).toContain('Out for delivery');
    expect(html).toContain('<span class="font-medium">Aziz</span>');
    expect(html).toContain('5 Mar 2025, 17:30');
    expect(html).toMatch(/Last seen <time[^>]*>3 min ago<\/time> near 41\.3111, 69\.2797/);
    expect(html).toContain('href="https://www.google.com/maps/search/?api=1&amp;query=41.3111%2C69.2797"');
    expect(html).toContain('updates every 30 seconds');
    expect(html.indexOf('Delivery attempt failed')).toBeLessThan(html.indexOf('Waiting for a courier'));
    expect(html).toContain('aria-current="step"');
  });

  it('shows when it was delivered, without position or refresh', () => {
    const html = render(view({ status: 'delivered', statusLabel: 'Delivered', deliveredAt: new Date('2025-03-05T09:59:00Z'), lastPosition: null }));
    expect(html).toContain('Delivered <time');
    expect(html).toContain('Delivered by');
    expect(html).not.toContain('Last seen');
    expect(html).not.toContain('updates every');
    expect(html).not.toContain('Estimated delivery');
  });
});

describe('the delivery on the order page', () => {
  const delivery = (over: Partial<ShopperOrderDelivery> = {}): ShopperOrderDelivery => ({ trackingNumber: 'TRK23456789', status: 'dispatched', rating: null, ...over });
  const form = (rating: { stars: number; feedback: string | null } | null) =>
    createElement(DeliveryRatingForm, { access: { token: 't' }, action: async () => ({ error: { code: 'INVALID' as const, message: 'no' } }), rating });

  it('links to the tracking page and offers no rating before delivery', () => {
    const html = renderToStaticMarkup(createElement(OrderDeliveryCard, { delivery: delivery(), rating: form(null) }));
    expect(html).toContain('href="/track/TRK23456789"');
    expect(html).toContain('Track your delivery');
    expect(html).not.toContain('How was the delivery?');
  });

  it('asks for 1 to 5 stars after delivery, and thanks the shopper once rated', () => {
    const html = renderToStaticMarkup(createElement(OrderDeliveryCard, { delivery: delivery({ status: 'delivered' }), rating: form(null) }));
    expect(html).toContain('How was the delivery?');
    expect(html.match(/type="radio"/g)).toHaveLength(5);
    expect(html).toContain('1 star<');
    expect(html).toContain('5 stars<');
    expect(html).toContain('Send rating');

    const rated = renderToStaticMarkup(form({ stars: 4, feedback: 'Quick' }));
    expect(rated).toContain('Thanks for rating');
    expect(rated).toContain('aria-label="Rated 4 of 5 stars"');
    expect(rated).not.toContain('type="radio"');
  });
});
