import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/scope';
import { auditLogs, exchangeRates } from '@/db/schema';
import { adminContextFor, createPlatformAdmin, createUser } from '@/db/test/factories';
import { loadAdminContext } from '@/lib/server/context';
import { importRates } from './import-rates';
import { latestRates } from './latest-rates';
import { listRates, rateSeries } from './list-rates';
import { convertOn, rateOn } from './rate-on';
import { setRate } from './set-rate';

const rowsOf = (base: string, quote: string) =>
  withPlatform((tx) =>
    tx
      .select()
      .from(exchangeRates)
      .where(and(eq(exchangeRates.base, base), eq(exchangeRates.quote, quote)))
      .orderBy(exchangeRates.effectiveOn),
  );
const auditsOf = (action: string) => withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.action, action)));

describe('setRate', () => {
  it('creates the rate of a day, then replaces it on a second entry, auditing both', async () => {
    const admin = await createPlatformAdmin('accounting');
    const ctx = await adminContextFor(admin);

    const first = await setRate(ctx, {
      base: 'USD',
      quote: 'UZS',
      rate: '12650.50',
      effectiveOn: '2025-03-01',
    });
    const second = await setRate(ctx, {
      base: 'USD',
      quote: 'UZS',
      rate: '12700',
      effectiveOn: '2025-03-01',
    });

    expect(first).toMatchObject({
      created: true,
      rate: '12650.5',
      previousRate: null,
    });
    expect(second).toMatchObject({
      id: first.id,
      created: false,
      rate: '12700',
      previousRate: '12650.5',
    });
    const rows = await rowsOf('USD', 'UZS');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      rate: '12700.0000000000',
      source: 'manual',
      createdById: admin.id,
    });
    const [updated] = await auditsOf('exchange_rate.updated');
    expect(updated).toMatchObject({
      organizationId: null,
      actorUserId: admin.id,
      oldValues: { rate: '12650.5' },
      entityId: first.id,
    });
    expect(await auditsOf('exchange_rate.created')).toHaveLength(1);
  });

  it('refuses technical_access and role_manager, and gives a plain user no back office', async () => {
    for (const role of ['technical_access', 'role_manager'] as const) {
      const ctx = await adminContextFor(await createPlatformAdmin(role));
      await expect(
        setRate(ctx, {
          base: 'USD',
          quote: 'KZT',
          rate: '470',
          effectiveOn: '2025-03-01',
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        importRates(ctx, {
          csv: 'base,quote,rate,effective_on\nUSD,KZT,470,2025-03-01',
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listRates(ctx, { page: 1 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(latestRates(ctx)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    const user = await createUser();
    await expect(loadAdminContext(user, { ipAddress: '127.0.0.1', userAgent: 'vitest' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await rowsOf('USD', 'KZT')).toHaveLength(0);
  });
});

describe('importRates', () => {
  const header = 'base,quote,rate,effective_on';

  it('imports every row in one go, replacing a day already kept, and audits the counts', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin());
    await setRate(ctx, {
      base: 'USD',
      quote: 'INR',
      rate: '83',
      effectiveOn: '2025-04-01',
    });

    const counts = await importRates(ctx, {
      csv: [header, 'USD,INR,83.25,2025-04-01', 'USD,INR,83.5,2025-04-02', 'USD,LKR,300.1,2025-04-02'].join('\n'),
    });

    expect(counts).toEqual({ rows: 3, inserted: 2, updated: 1, pairs: 2 });
    expect((await rowsOf('USD', 'INR')).map((r) => [r.effectiveOn, r.rate, r.source])).toEqual([
      ['2025-04-01', '83.2500000000', 'csv'],
      ['2025-04-02', '83.5000000000', 'csv'],
    ]);
    const [audit] = await auditsOf('exchange_rate.imported');
    expect(audit).toMatchObject({ organizationId: null, newValues: counts });
  });

  it('imports nothing when any row is wrong, and names each bad line', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin('accounting'));
    const csv = [header, 'USD,EUR,0.92,2025-05-01', 'USD,EUR,-1,2025-05-02', 'USD,EUR,0.93,2025-05-32'].join('\n');

    const error = await importRates(ctx, { csv }).catch((e: unknown) => e);

    expect(error).toMatchObject({
      code: 'INVALID',
      message: '2 lines have problems; nothing was imported.',
    });
    expect(Object.keys((error as { fieldErrors: object }).fieldErrors)).toEqual(['3', '4']);
    expect(await rowsOf('USD', 'EUR')).toHaveLength(0);
    expect(await auditsOf('exchange_rate.imported')).toHaveLength(1); // only the previous test's
  });
});

describe('rateOn / convertOn', () => {
  it('takes the latest rate on or before the day, and the inverse when only the other direction is kept', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin());
    await importRates(ctx, {
      csv: ['base,quote,rate,effective_on', 'GBP,JPY,190,2025-06-01', 'GBP,JPY,195,2025-06-10', 'GBP,JPY,200,2025-06-20'].join('\n'),
    });

    await withPlatform(async (tx) => {
      expect(await rateOn(tx, 'GBP', 'JPY', '2025-05-31')).toBeNull();
      expect(await rateOn(tx, 'GBP', 'JPY', '2025-06-01')).toEqual({
        rate: '190.0000000000',
        effectiveOn: '2025-06-01',
        inverted: false,
      });
      expect(await rateOn(tx, 'GBP', 'JPY', '2025-06-15')).toMatchObject({
        rate: '195.0000000000',
        effectiveOn: '2025-06-10',
      });
      expect(await rateOn(tx, 'gbp', 'jpy', '2026-01-01')).toMatchObject({
        rate: '200.0000000000',
        effectiveOn: '2025-06-20',
      });
      expect(await rateOn(tx, 'JPY', 'GBP', '2025-06-15')).toEqual({
        rate: '0.0051282051',
        effectiveOn: '2025-06-10',
        inverted: true,
      });
      expect(await rateOn(tx, 'GBP', 'GBP', '2025-06-15')).toMatchObject({
        rate: '1',
      });
      expect(await rateOn(tx, 'GBP', 'CHF', '2025-06-15')).toBeNull();

      expect(await convertOn(tx, 1050, 'GBP', 'JPY', '2025-06-15')).toBe(2048); // £10.50 × 195 = ¥2047.5 → ¥2048
      expect(await convertOn(tx, 2048, 'JPY', 'GBP', '2025-06-15')).toBe(1050); // ¥2048 × 0.0051282051 = £10.5025…
      expect(await convertOn(tx, 100, 'GBP', 'CHF', '2025-06-15')).toBeNull();
    });
  });

  it('lists history by pair and range, the latest rate per pair, and the chart series', async () => {
    const ctx = await adminContextFor(await createPlatformAdmin());
    const page = await listRates(ctx, {
      base: 'GBP',
      quote: 'JPY',
      from: '2025-06-05',
      to: '2025-06-30',
      page: 1,
    });
    expect(page.rows.map((r) => r.effectiveOn)).toEqual(['2025-06-20', '2025-06-10']);
    expect(page.total).toBe(2);

    const latest = await latestRates(ctx);
    expect(latest.find((r) => r.base === 'GBP' && r.quote === 'JPY')).toEqual({
      base: 'GBP',
      quote: 'JPY',
      rate: '200.0000000000',
      effectiveOn: '2025-06-20',
      source: 'csv',
      previousRate: '195.0000000000',
      days: 3,
    });
    expect((await rateSeries(ctx, { base: 'GBP', quote: 'JPY' })).map((p) => p.rate)).toEqual(['190.0000000000', '195.0000000000', '200.0000000000']);
  });
});
