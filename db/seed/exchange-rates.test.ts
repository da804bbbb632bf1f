import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withPlatform } from '../scope';
import { exchangeRates } from '../schema';
import { rateOn } from '../../lib/currency/rate-on';
import { seedExchangeRates } from './exchange-rates';

const total = async () => (await withPlatform((tx) => tx.select({ n: count() }).from(exchangeRates)))[0]!.n;

describe('seedExchangeRates', () => {
  it('adds 30 days of five USD pairs once, and nothing on a second run', async () => {
    const today = new Date('2025-07-31T12:00:00Z');
    await seedExchangeRates(() => {}, today);
    expect(await total()).toBe(150);
    await seedExchangeRates(() => {}, today);
    expect(await total()).toBe(150);

    const rate = await withPlatform((tx) => rateOn(tx, 'UZS', 'USD', '2025-07-31'));
    expect(rate).toMatchObject({ effectiveOn: '2025-07-31', inverted: true });
    expect(await withPlatform((tx) => rateOn(tx, 'USD', 'EUR', '2025-07-01'))).toBeNull();
  });
});
