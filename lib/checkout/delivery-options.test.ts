import { describe, expect, it } from 'vitest';
import { deliveryOptions, noDeliveryMessage, normalizePostalCode, pickZone, shippingWeight, tariffCost, type TariffRule, type ZoneRule } from './delivery-options';

const zone = (id: string, over: Partial<ZoneRule> = {}): ZoneRule => ({ id, name: id, city: 'Tashkent', districts: [], postalCodes: [], isActive: true, sortOrder: 0, ...over });
const tariff = (id: string, over: Partial<TariffRule> = {}): TariffRule => ({
  id,
  zoneId: 'z',
  name: id,
  baseCost: 500,
  costPerKg: 0,
  minOrderAmount: 0,
  freeDeliveryThreshold: null,
  estimatedHours: null,
  isActive: true,
  sortOrder: 0,
  ...over,
});

describe('pickZone', () => {
  const zones = [
    zone('whole-city', { sortOrder: 9 }),
    zone('chilonzor', { districts: ['Chilonzor', 'Yunusobod'], sortOrder: 1 }),
    zone('by-postcode', { postalCodes: ['100070'], sortOrder: 2 }),
    zone('closed', { districts: ['Sergeli'], isActive: false, sortOrder: 0 }),
    zone('london', { city: 'London', postalCodes: ['SW1A1AA'] }),
  ];

  it('matches the city case-insensitively and trimmed, the district likewise, first by sort order', () => {
    expect(pickZone(zones, { city: '  TASHKENT ', district: ' chilonzor ' })?.id).toBe('chilonzor');
    expect(pickZone(zones, { city: 'tashkent', district: 'Mirzo Ulugbek' })?.id).toBe('whole-city');
  });

  it('matches a normalised postal code when the districts do not', () => {
    expect(pickZone(zones, { city: 'Tashkent', district: 'Other', postalCode: ' 100 070 ' })?.id).toBe('by-postcode');
    expect(pickZone(zones, { city: 'london', postalCode: 'sw1a 1aa' })?.id).toBe('london');
    expect(pickZone(zones, { city: 'london', postalCode: 'E1 6AN' })).toBeNull();
    expect(normalizePostalCode(' sw1a 1aa ')).toBe('SW1A1AA');
  });

  it('skips inactive zones and other cities; no zone → null with a message', () => {
    expect(pickZone(zones, { city: 'Tashkent', district: 'Sergeli' })?.id).toBe('whole-city');
    expect(pickZone(zones, { city: 'Samarkand' })).toBeNull();
    expect(pickZone(zones, { city: '' })).toBeNull();
    expect(noDeliveryMessage({ city: 'Samarkand', district: 'Old town' }, true)).toBe('We do not deliver to Old town, Samarkand yet. Choose pick-up in store or another address.');
    expect(noDeliveryMessage({ city: 'Samarkand' }, false)).toBe('We do not deliver to Samarkand yet. Try another address.');
  });
});

describe('tariffs', () => {
  it('costs base + cost per kg × kg, the weight part rounded half up', () => {
    expect(tariffCost({ baseCost: 500, costPerKg: 200 }, 2500)).toBe(1000);
    expect(tariffCost({ baseCost: 0, costPerKg: 201 }, 1250)).toBe(251); // 251.25
    expect(tariffCost({ baseCost: 0, costPerKg: 3 }, 500)).toBe(2); // 1.5 → 2
    expect(tariffCost({ baseCost: 100, costPerKg: 999 }, 0)).toBe(100);
  });

  it('weighs the shipped lines: variant weight, else product weight, else nothing', () => {
    expect(
      shippingWeight([
        { weightGrams: 300, productWeightGrams: 900, requiresShipping: true, quantity: 2 },
        { weightGrams: null, productWeightGrams: 900, requiresShipping: true, quantity: 1 },
        { weightGrams: null, productWeightGrams: null, requiresShipping: true, quantity: 5 },
        { weightGrams: 5000, productWeightGrams: null, requiresShipping: false, quantity: 1 },
      ]),
    ).toBe(1500);
  });

  it('lists the zone’s active tariffs in order: free above the threshold, unavailable below the minimum', () => {
    const options = deliveryOptions(
      [
        tariff('express', { sortOrder: 2, baseCost: 1500, minOrderAmount: 5000 }),
        tariff('standard', { sortOrder: 1, baseCost: 500, costPerKg: 100, freeDeliveryThreshold: 3000, estimatedHours: 48 }),
        tariff('off', { isActive: false }),
        tariff('elsewhere', { zoneId: 'other' }),
      ],
      'z',
      { weightGrams: 2000, goodsAmount: 3000, currency: 'USD', locale: 'en' },
    );
    expect(options).toEqual([
      { tariffId: 'standard', name: 'standard', cost: 0, regularCost: 700, estimatedHours: 48, available: true },
      { tariffId: 'express', name: 'express', cost: 1500, regularCost: 1500, estimatedHours: null, available: false, reason: 'Orders from $50.00' },
    ]);
    const below = deliveryOptions([tariff('standard', { freeDeliveryThreshold: 3000 })], 'z', { weightGrams: 0, goodsAmount: 2999, currency: 'USD', locale: 'en' });
    expect(below[0]).toMatchObject({ cost: 500, available: true });
  });
});
