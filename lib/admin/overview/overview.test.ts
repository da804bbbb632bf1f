import { beforeAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { exchangeRates, platformSettings } from '@/db/schema';
import { adminContextFor, createOrganization, createPlatformAdmin } from '@/db/test/factories';
import { getPlatformOverview } from './get-platform-overview';
import { startOfUtcDay, utcDay } from './periods';
import { insertTestOrder } from './test-orders';

const now = new Date();
const day = (back: number) => new Date(startOfUtcDay(now, back).getTime() + 12 * 60 * 60 * 1000);
const D1 = utcDay(day(2));

beforeAll(async () => {
  const { org: usd } = await createOrganization({ name: 'Dollar Shop', defaultCurrency: 'USD' });
  const { org: eur } = await createOrganization({ name: 'Euro Shop', defaultCurrency: 'EUR' });
  const { org: gbp } = await createOrganization({ name: 'Pound Shop', defaultCurrency: 'GBP', status: 'suspended' });
  await withPlatform((tx) =>
    tx.insert(exchangeRates).values([
      // The latest rate on or before D1 is the one used; the later one is not.
      { base: 'EUR', quote: 'USD', rate: '1.085', effectiveOn: utcDay(day(7)) },
      { base: 'EUR', quote: 'USD', rate: '2', effectiveOn: utcDay(day(0)) },
    ]),
  );
  await insertTestOrder(usd, { currency: 'USD', total: 1000, at: day(2) });
  await insertTestOrder(usd, { currency: 'USD', total: 2550, at: day(2) });
  await insertTestOrder(usd, { currency: 'USD', total: 9999, at: day(2), status: 'cancelled' });
  await insertTestOrder(usd, { currency: 'USD', total: 7777, at: day(40) });
  await insertTestOrder(eur, { currency: 'EUR', total: 1001, at: day(2) });
  await insertTestOrder(eur, { currency: 'EUR', total: 1000, at: day(2), status: 'delivered' });
  await insertTestOrder(eur, { currency: 'EUR', total: 400, at: day(0) });
  // No GBP rate at all: left out of GMV and reported.
  await insertTestOrder(gbp, { currency: 'GBP', total: 500, at: day(2) });
});

describe('getPlatformOverview', () => {
  it('converts GMV per day into the base currency with the latest earlier rate, rounding each tenant-day-currency sum', async () => {
    const overview = await getPlatformOverview(await adminContextFor(await createPlatformAdmin('accounting')), now);
    const money = overview.money!;
    expect(money.baseCurrency).toBe('USD');
    expect(money.gmvPerDay).toHaveLength(30);
    // USD 1000 + 2550 (the cancelled order is not GMV); EUR (1001 + 1000) × 1.085 = 2171.085 → 2171 cents.
    expect(money.gmvPerDay.find((d) => d.day === D1)?.gmv).toBe(1000 + 2550 + 2171);
    // Today: EUR 400 × 2 (today's rate).
    expect(money.gmvPerDay.at(-1)).toEqual({ day: utcDay(now), gmv: 800 });
    expect(money.gmvTotal).toBe(3550 + 2171 + 800);
    expect(money.topTenants.map((t) => [t.name, t.gmv])).toEqual([
      ['Dollar Shop', 3550],
      ['Euro Shop', 2971],
    ]);
    expect(money.unconverted).toEqual([{ currency: 'GBP', orders: 1, amount: 500, firstDay: D1, lastDay: D1 }]);
    // Every order placed counts as an order, cancelled or not, whatever its currency.
    expect(overview.ordersPerDay.find((d) => d.day === D1)?.orders).toBe(6);
    expect(overview.ordersToday).toBe(1);
  });

  it('counts organizations by plan and status, and sign-ups this week', async () => {
    const overview = await getPlatformOverview(await adminContextFor(await createPlatformAdmin('super_admin')), now);
    expect(overview.counts).toMatchObject({ total: 3, newThisWeek: 3, byStatus: { active: 2, suspended: 1, cancelled: 0 }, byPlan: { enterprise: 3, free: 0 } });
    expect(overview.signupsPerWeek).toHaveLength(12);
    expect(overview.signupsPerWeek.at(-1)?.signups).toBe(3);
  });

  it('gives technical_access counts only, no money figures', async () => {
    const overview = await getPlatformOverview(await adminContextFor(await createPlatformAdmin('technical_access')), now);
    expect(overview.money).toBeNull();
    expect(overview.ordersPerDay.find((d) => d.day === D1)?.orders).toBe(6);
    expect(JSON.stringify(overview)).not.toMatch(/gmv|topTenants/i);
  });

  it('uses the platform.base_currency setting when it is set', async () => {
    await withPlatform((tx) =>
      tx.insert(exchangeRates).values([{ base: 'USD', quote: 'EUR', rate: '0.5', effectiveOn: utcDay(day(10)) }]),
    );
    await withPlatform((tx) => tx.insert(platformSettings).values({ key: 'platform.base_currency', value: 'EUR', type: 'string' }));
    const money = (await getPlatformOverview(await adminContextFor(await createPlatformAdmin('accounting')), now)).money!;
    expect(money.baseCurrency).toBe('EUR');
    // USD 3550 × 0.5 = 1775; EUR 2001 as is.
    expect(money.gmvPerDay.find((d) => d.day === D1)?.gmv).toBe(1775 + 2001);
  });

  it('converts between currencies with different minor units (yen has none)', async () => {
    // Runs after the base currency became EUR.
    const { org: yen } = await createOrganization({ name: 'Yen Shop', defaultCurrency: 'JPY' });
    await withPlatform((tx) => tx.insert(exchangeRates).values([{ base: 'JPY', quote: 'EUR', rate: '0.00615', effectiveOn: utcDay(day(3)) }]));
    await insertTestOrder(yen, { currency: 'JPY', total: 1234, at: day(2) });
    const money = (await getPlatformOverview(await adminContextFor(await createPlatformAdmin('accounting')), now)).money!;
    // ¥1234 × 0.00615 = €7.5891 → 759 cents.
    expect(money.topTenants.find((t) => t.name === 'Yen Shop')?.gmv).toBe(759);
    expect(money.gmvPerDay.find((d) => d.day === D1)?.gmv).toBe(1775 + 2001 + 759);
  });
});
