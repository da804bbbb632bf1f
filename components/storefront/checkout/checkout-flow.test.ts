import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { CheckoutFlow } from './checkout-flow';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const snapshot = {
  currency: 'EUR',
  pricesIncludeTax: true,
  lines: [{ productId: 'p', variantId: 'v', name: 'Desk lamp', variantName: null, sku: null, quantity: 2, unitPrice: 2000, subtotal: 4000, discount: 0, taxRateBps: 0, tax: 0, total: 4000 }],
  subtotal: 4000,
  discount: 0,
  tax: 0,
  shipping: 0,
  total: 4000,
  coupon: null,
  delivery: null,
};

describe('checkout', () => {
  it('renders the first step with the numbered steps and the server quote’s total', () => {
    const html = renderToStaticMarkup(
      createElement(CheckoutFlow, {
        setup: {
          storeName: 'Lamp Shop',
          locale: 'en',
          signedIn: false,
          signInHref: '/sign-in?callbackUrl=%2Fcheckout',
          contact: { email: '', name: '', phone: '' },
          savedAddresses: [],
          countries: [{ value: 'US', label: 'United States' }],
          defaultCountry: 'US',
          paymentMethods: ['cod'],
          pickupEnabled: false,
          pickupInstructions: null,
          initialQuote: { snapshot, deliveryOptions: [], selectedTariffId: null, zone: null, deliveryAvailable: false, lineProblems: [] },
        },
        actions: { quote: vi.fn(), place: vi.fn() },
      }),
    );
    expect(html).toContain('Step 1 of 5: Contact');
    expect(html).toContain('Sign in for faster checkout');
    expect(html).toContain('href="/sign-in?callbackUrl=%2Fcheckout"');
    expect(html).toContain('€40.00');
    expect(html).toContain('Chosen at the delivery step');
  });
});
