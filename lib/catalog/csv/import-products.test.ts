import { beforeAll, describe, expect, it } from 'vitest';
import type { Organization, User } from '@/db/schema';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createCategory, createWarehouse } from '@/db/test/catalog-factories';
import type { OrgContext } from '@/lib/server/context';
import { importAudits, movementsOf, productsOf, runImport, stockOf, toCsv, variantsOf } from './test-helpers';

let org: Organization;
let owner: User;
let ctx: OrgContext;

const HEAD = ['product_slug', 'name', 'category', 'status', 'base_price', 'sale_price', 'tags', 'option1_name', 'option1_value', 'variant_sku', 'variant_price', 'stock:MAIN', 'stock:Back room'];

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
  ctx = await orgContextFor(owner, org);
  await createCategory(org, { slug: 'shirts' });
  await createWarehouse(org, { code: 'MAIN', name: 'Main store' });
  await createWarehouse(org, { name: 'Back room' });
});

const shirtRows = (slug: string, sku: string) => [
  [slug, 'Linen shirt', 'shirts', 'active', '29.90', '', 'summer|linen', 'Size', 'S', `${sku}-S`, '', 5, ''],
  [slug, '', '', '', '', '', '', 'Size', 'M', `${sku}-M`, '31.00', 7, 2],
];

describe('importProducts', () => {
  it('creates products with their variants and counted stock, each change a movement', async () => {
    const csv = toCsv([HEAD, ...shirtRows('linen-shirt', 'LS'), ['mug', 'Mug', '', '', '8', '6.5', '', '', '', 'MUG-1', '', 12, '']]);
    const result = await runImport(ctx, csv, 'all_or_nothing', false, 'spring.csv');

    expect(result).toMatchObject({ imported: true, errors: [], created: 2, updated: 0, variants: 3, stockChanges: 4, totalRows: 3 });
    expect(result.progress.at(-1)).toEqual({ type: 'progress', phase: 'importing', done: 3, total: 3 });
    const [shirt, mug] = await productsOf(org);
    expect(shirt).toMatchObject({ name: 'Linen shirt', status: 'active', basePrice: 2990, salePrice: null, tags: ['summer', 'linen'], options: [{ name: 'Size', values: ['S', 'M'] }], stockAvailable: 14 });
    expect(shirt!.publishedAt).toBeInstanceOf(Date);
    expect(mug).toMatchObject({ basePrice: 800, salePrice: 650, price: 650, status: 'draft', options: [] });
    const variants = await variantsOf(org, shirt!.id);
    expect(variants.map((v) => [v.name, v.sku, v.price, v.optionValues, v.isDefault])).toEqual([
      ['S', 'LS-S', null, { Size: 'S' }, false],
      ['M', 'LS-M', 3100, { Size: 'M' }, false],
    ]);
    const [mugVariant] = await variantsOf(org, mug!.id);
    expect(mugVariant).toMatchObject({ name: 'Default', isDefault: true, optionValues: {}, sku: 'MUG-1' });
    expect((await stockOf(org, variants[1]!.id)).map((s) => s.quantity).sort((a, b) => a - b)).toEqual([2, 7]);
    const moves = await movementsOf(org);
    expect(moves).toHaveLength(4);
    expect(moves.every((m) => m.type === 'adjustment' && m.reason === 'CSV import' && m.reference === 'spring.csv' && m.createdById === owner.id)).toBe(true);
    const [audit] = await importAudits(org);
    expect(audit?.newValues).toMatchObject({ file: 'spring.csv', mode: 'all_or_nothing', created: 2, stockChanges: 4 });
  });

  it('is idempotent: the same file again changes nothing and writes no movements', async () => {
    const csv = toCsv([HEAD, ...shirtRows('idem-shirt', 'ID')]);
    await runImport(ctx, csv);
    const before = (await movementsOf(org)).length;
    const again = await runImport(ctx, csv);
    expect(again).toMatchObject({ imported: true, created: 0, updated: 0, unchanged: 1, variants: 0, stockChanges: 0 });
    expect(await movementsOf(org)).toHaveLength(before);

    // A new count moves the stock by the difference only.
    const recount = toCsv([HEAD, ...shirtRows('idem-shirt', 'ID').map((r, i) => (i === 0 ? r.with(11, 9) : r))]);
    expect(await runImport(ctx, recount)).toMatchObject({ updated: 1, stockChanges: 1 });
    const moves = (await movementsOf(org)).slice(before);
    expect(moves.map((m) => [m.quantity, m.quantityAfter])).toEqual([[4, 9]]);
  });

  it('updates a product matched by slug, and removes variants the file no longer lists', async () => {
    await runImport(ctx, toCsv([HEAD, ...shirtRows('trim-shirt', 'TR')]));
    const [row] = shirtRows('trim-shirt', 'TR');
    const result = await runImport(ctx, toCsv([HEAD, row!.with(1, 'Trim shirt').with(4, '25')]));
    expect(result).toMatchObject({ imported: true, updated: 1, variantsRemoved: 1 });
    const shirt = (await productsOf(org)).find((p) => p.slug === 'trim-shirt')!;
    expect(shirt).toMatchObject({ name: 'Trim shirt', basePrice: 2500, options: [{ name: 'Size', values: ['S'] }], stockAvailable: 5 });
    expect((await variantsOf(org, shirt.id)).map((v) => v.sku)).toEqual(['TR-S']);
    const zeroed = (await movementsOf(org)).filter((m) => m.reason === 'CSV import: variant removed');
    expect(zeroed.map((m) => m.quantity).sort((a, b) => a - b)).toEqual([-7, -2]);
  });

  it('all_or_nothing: one bad row means nothing is written, and every error is listed', async () => {
    const csv = toCsv([
      HEAD,
      ['good-one', 'Good', '', '', '10', '', '', '', '', 'AON-1', '', 3, ''],
      ['bad-one', 'Bad', 'no-such-category', '', '10.999', '', '', '', '', 'AON-2', '', 'lots', ''],
      ['bad-two', 'Bad too', '', 'sold', '5', '6', '', '', '', 'AON-3', '', '', ''],
    ]);
    const result = await runImport(ctx, csv, 'all_or_nothing');
    expect(result.imported).toBe(false);
    expect(result.errors).toEqual([
      { row: 3, column: 'base_price', message: 'Enter an amount like 12.50, with at most 2 decimals (USD).' },
      { row: 3, column: 'stock:MAIN', message: 'Enter the counted quantity as a whole number up to 1,000,000 (empty to leave it as it is).' },
      { row: 4, column: 'status', message: expect.stringMatching(/^Use one of: draft, active/) },
    ]);
    expect((await productsOf(org)).map((p) => p.slug)).not.toContain('good-one');
  });

  it('valid_rows: imports the good products and reports the bad rows; a bad row skips its whole product', async () => {
    const csv = toCsv([
      HEAD,
      ['vr-good', 'Good', 'shirts', '', '10', '', '', '', '', 'VR-1', '', 3, ''],
      ['vr-shirt', 'Shirt', '', '', '10', '', '', 'Size', 'S', 'VR-S', '', 1, ''],
      ['vr-shirt', '', '', '', '', '', '', 'Size', 'M', 'VR-M', '1.234', 1, ''],
      ['vr-cat', 'Unknown category', 'hats', '', '10', '', '', '', '', 'VR-3', '', '', ''],
    ]);
    const result = await runImport(ctx, csv, 'valid_rows');
    expect(result).toMatchObject({ imported: true, created: 1, skippedProducts: 2, skippedRows: 3 });
    expect(result.errors).toEqual([
      { row: 4, column: 'variant_price', message: expect.stringMatching(/at most 2 decimals/) },
      { row: 5, column: 'category', message: 'No category has the slug “hats”.' },
    ]);
    const slugs = (await productsOf(org)).map((p) => p.slug);
    expect(slugs).toContain('vr-good');
    expect(slugs).not.toContain('vr-shirt');
    expect(slugs).not.toContain('vr-cat');
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const audits = (await importAudits(org)).length;
    const result = await runImport(ctx, toCsv([HEAD, ...shirtRows('dry-shirt', 'DRY')]), 'all_or_nothing', true);
    expect(result).toMatchObject({ imported: false, dryRun: true, created: 1, variants: 2, stockChanges: 3, errors: [] });
    expect((await productsOf(org)).map((p) => p.slug)).not.toContain('dry-shirt');
    expect(await importAudits(org)).toHaveLength(audits);
  });

  it('refuses a staff member (catalog.import is for owners and admins) and writes nothing', async () => {
    const staff = await orgContextFor(await addMember(org, 'staff'), org);
    await expect(runImport(staff, toCsv([HEAD, ...shirtRows('staff-shirt', 'STF')]))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await productsOf(org)).map((p) => p.slug)).not.toContain('staff-shirt');
  });
});
