import { beforeAll, describe, expect, it } from 'vitest';
import type { Organization } from '@/db/schema';
import { createOrganization, orgContextFor } from '@/db/test/factories';
import { createCategory, createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import type { OrgContext } from '@/lib/server/context';
import { templateCsv } from './template';
import { movementsOf, productsOf, runImport, toCsv, variantsOf } from './test-helpers';

let org: Organization;
let ctx: OrgContext;
let other: Organization;
let otherCtx: OrgContext;

const HEAD = ['product_slug', 'name', 'sku', 'base_price', 'option1_name', 'option1_value', 'variant_sku', 'stock:main'];

beforeAll(async () => {
  const a = await createOrganization();
  const b = await createOrganization({ defaultCurrency: 'JPY' });
  [org, other] = [a.org, b.org];
  ctx = await orgContextFor(a.owner, org);
  otherCtx = await orgContextFor(b.owner, other);
  await createWarehouse(org, { code: 'MAIN', name: 'Main' });
  await createWarehouse(other, { code: 'MAIN', name: 'Main' });
});

const errorsOf = async (rows: (string | number)[][], target = ctx) => (await runImport(target, toCsv(rows), 'valid_rows')).errors;

describe('importProducts: what it refuses, with row and column', () => {
  it('amounts with more decimals than the currency has', async () => {
    expect(await errorsOf([HEAD, ['yen', 'Yen thing', '', '120.5', '', '', '', '']], otherCtx)).toEqual([
      { row: 2, column: 'base_price', message: 'Enter a whole amount in JPY, like 1250.' },
    ]);
    expect((await runImport(otherCtx, toCsv([HEAD, ['yen', 'Yen thing', '', '1200', '', '', '', '']]))).created).toBe(1);
    expect((await productsOf(other))[0]).toMatchObject({ basePrice: 1200, currency: 'JPY' });
  });

  it('an unknown category, and a stock column for a warehouse the organization does not have', async () => {
    await createCategory(other, { slug: 'theirs' });
    expect(await errorsOf([['product_slug', 'name', 'base_price', 'category'], ['c1', 'C', '1', 'theirs']])).toEqual([
      { row: 2, column: 'category', message: 'No category has the slug “theirs”.' },
    ]);
    const result = await runImport(ctx, toCsv([['product_slug', 'name', 'base_price', 'stock:Warehouse 9'], ['w1', 'W', '1', '3']]), 'valid_rows');
    expect(result).toMatchObject({ imported: false, errors: [{ row: 1, column: 'stock:Warehouse 9', message: 'No warehouse has the code or name “Warehouse 9”.' }] });
    expect(await errorsOf([['product_slug', 'nmae'], ['x', 'y']])).toEqual([{ row: 1, column: 'nmae', message: expect.stringMatching(/^Unknown column/) }]);
  });

  it('duplicate SKUs within the file, and SKUs another product of the organization uses', async () => {
    await createProduct(org, { slug: 'existing', sku: 'TAKEN' }, [{ name: 'Default', isDefault: true, sku: 'TAKEN-V' }]);
    const errors = await errorsOf([
      HEAD,
      ['d1', 'One', '', '1', 'Size', 'S', 'DUP', ''],
      ['d1', '', '', '', 'Size', 'M', 'DUP', ''],
      ['d2', 'Two', 'TAKEN', '1', '', '', '', ''],
      ['d3', 'Three', '', '1', '', '', 'TAKEN-V', ''],
    ]);
    expect(errors).toEqual([
      { row: 3, column: 'variant_sku', message: 'Variant SKU DUP is also on row 2.' },
      { row: 4, column: 'sku', message: 'Product SKU TAKEN is already used by product “existing”.' },
      { row: 5, column: 'variant_sku', message: 'Variant SKU TAKEN-V is already used by product “existing”.' },
    ]);
    // The product that owns them may of course list them.
    expect(await errorsOf([HEAD, ['existing', 'Existing', 'TAKEN', '1', '', '', 'TAKEN-V', '']])).toEqual([]);
  });

  it('a repeated option combination, options that differ between rows, and product fields that disagree', async () => {
    expect(
      await errorsOf([
        HEAD,
        ['o1', 'Shirt', '', '10', 'Size', 'M', '', ''],
        ['o1', '', '', '', 'Size', 'm', '', ''],
        ['o1', '', '', '', 'Colour', 'Red', '', ''],
        ['o1', 'Another name', '', '10.00', 'Size', 'L', '', ''],
        ['o2', 'Plain', '', '10', '', '', '', ''],
        ['o2', 'Plain', '', '10', '', '', '', ''],
      ]),
    ).toEqual([
      { row: 3, column: 'option1_value', message: 'Row 2 already has these option values for this product.' },
      { row: 4, column: 'option1_name', message: expect.stringMatching(/^Row 2 gives this product Size; every row/) },
      { row: 5, column: 'name', message: expect.stringMatching(/^Differs from row 2/) },
      { row: 7, column: null, message: expect.stringMatching(/^Row 6 already describes this product and it has no options/) },
    ]);
  });

  it('a count below what orders have reserved', async () => {
    const wh = (await createWarehouse(org, { code: 'RSV', name: 'Reserved' })).id;
    const { product, variant } = await createProduct(org, { slug: 'reserved' }, [{ name: 'Default', isDefault: true }]);
    await setStock(org, { warehouseId: wh, productId: product.id, variantId: variant.id }, 5, { reserved: 4 });
    const result = await runImport(ctx, toCsv([['product_slug', 'stock:RSV'], ['reserved', '3']]));
    expect(result.errors).toEqual([{ row: 2, column: 'stock:RSV', message: '4 are reserved by orders in this warehouse; the count cannot be lower.' }]);
    expect(await movementsOf(org)).toEqual([]);
  });

  it('a new product without a name or price; cells that are formulas in spreadsheets come back as text', async () => {
    expect(await errorsOf([['product_slug', 'name', 'base_price'], ['n1', '', '']])).toEqual([
      { row: 2, column: 'name', message: 'Enter a name: this creates a new product.' },
      { row: 2, column: 'base_price', message: 'Enter a base price: this creates a new product.' },
    ]);
    await runImport(ctx, toCsv([['product_slug', 'name', 'base_price', 'description'], ['formula', '=HYPERLINK("x")', '1', '-tip, "quoted"\nsecond line']]));
    const p = (await productsOf(org)).find((x) => x.slug === 'formula')!;
    expect([p.name, p.description]).toEqual(['=HYPERLINK("x")', '-tip, "quoted"\nsecond line']);
  });
});

describe('the template', () => {
  it('imports cleanly, in a two-decimal and a zero-decimal currency', async () => {
    for (const [target, currency] of [[ctx, 'USD'], [otherCtx, 'JPY']] as const) {
      const result = await runImport(target, templateCsv(currency, [{ code: 'MAIN', name: 'Main' }]), 'all_or_nothing', true);
      expect(result).toMatchObject({ errors: [], totalRows: 3, created: 2, variants: 3, stockChanges: 3 });
    }
  });
});

describe('importProducts: tenants and concurrency', () => {
  it('never touches another organization’s products, even with the same slugs and SKUs', async () => {
    const theirs = await createProduct(other, { slug: 'same-slug', name: 'Theirs', sku: 'SAME', basePrice: 500 }, [{ name: 'Default', isDefault: true, sku: 'SAME-V' }]);
    const result = await runImport(ctx, toCsv([HEAD, ['same-slug', 'Ours', 'SAME', '9', '', '', 'SAME-V', '4']]));
    expect(result).toMatchObject({ imported: true, created: 1, errors: [] });
    const [after] = (await productsOf(other)).filter((p) => p.slug === 'same-slug');
    expect(after).toMatchObject({ id: theirs.product.id, name: 'Theirs', basePrice: 500, stockAvailable: 0 });
    expect(await variantsOf(other, theirs.product.id)).toEqual([theirs.variant]);
    expect(await movementsOf(other)).toEqual([]);
  });

  it('two imports of one organization at once queue instead of interleaving', async () => {
    const file = toCsv([HEAD, ['parallel', 'Parallel', 'PAR', '1', 'Size', 'S', 'PAR-S', '2'], ['parallel', '', '', '', 'Size', 'M', 'PAR-M', '3']]);
    const [a, b] = await Promise.all([runImport(ctx, file), runImport(ctx, file)]);
    expect([a, b].map((r) => [r.imported, r.created, r.unchanged]).sort()).toEqual([[true, 0, 1], [true, 1, 0]]);
    const product = (await productsOf(org)).find((p) => p.slug === 'parallel')!;
    expect(await variantsOf(org, product.id)).toHaveLength(2);
    expect(product.stockAvailable).toBe(5);
  });
});
