import { describe, expect, it } from 'vitest';
import { addressLines, socialLinks, telHref } from './store-contact';

describe('store contact helpers', () => {
  it('makes a tel: link of the digits and the leading plus', () => {
    expect(telHref('+1 (555) 010-0199')).toBe('tel:+15550100199');
    expect(telHref('8 701 555 01 99')).toBe('tel:87015550199');
  });

  it('formats the address with the country name', () => {
    expect(addressLines({ street: '120 Market Street', city: 'New York', postalCode: '10001', country: 'US' })).toEqual([
      '120 Market Street',
      'New York 10001',
      'United States',
    ]);
    expect(addressLines({})).toEqual([]);
  });

  it('keeps only safe http(s) social links and turns a WhatsApp number into wa.me', () => {
    expect(
      socialLinks({
        instagram: 'https://instagram.com/acme',
        website: 'acme.example',
        whatsapp: '+1 (212) 555-0100',
        facebook: 'javascript:alert(1)',
      }),
    ).toEqual([
      { network: 'instagram', label: 'Instagram', href: 'https://instagram.com/acme' },
      { network: 'whatsapp', label: 'WhatsApp', href: 'https://wa.me/12125550100' },
      { network: 'website', label: 'Website', href: 'https://acme.example/' },
    ]);
  });
});
