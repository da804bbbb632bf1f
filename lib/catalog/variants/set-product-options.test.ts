import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { auditLogs, products, productVariants, type Organization, type User } from '@/db/schema';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { setProductOptions } from './set-product-options';

let org: Organization;
let owner: User;

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

const live = (o: Organization, productId: string) =>
  withOrg(o.id, (tx) =>
    tx
      .select()
      .from(productVariants)
      .where(and(eq(productVariants.productId, productId), isNull(productVariants.deletedAt)))
      .orderBy(asc(productVariants.sortOrder)),
  );
const productRow = async (o: Organization, id: string) => (await withOrg(o.id, (tx) => tx.select().from(products).where(eq(products.id, id))))[0]!;
const audits = (o: Organization, productId: string) =>
  withOrg(o.id, (tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, productId), eq(auditLogs.action, 'product.options_updated'))));

const SIZE = { name: 'Size', values: ['S', 'M'] };
const COLOUR = { name: 'Colour', values: ['Red', 'Blue'] };

describe('setProductOptions', () => {
  it('stores the options, generates the matrix in order and retires the default variant', async () => {
    const { product, variant } = await createProduct(org);
    const ctx = await orgContextFor(owner, org);
    await expect(setProductOptions(ctx, { productId: product.id, options: [SIZE, COLOUR] })).resolves.toEqual({ variants: 4, created: 4, removed: 1 });

    const rows = await live(org, product.id);
    expect(rows.map((v) => [v.name, v.optionValues, v.sortOrder, v.isDefault])).toEqual([
      ['S / Red', { Size: 'S', Colour: 'Red' }, 0, false],
      ['S / Blue', { Size: 'S', Colour: 'Blue' }, 1, false],
      ['M / Red', { Size: 'M', Colour: 'Red' }, 2, false],
      ['M / Blue', { Size: 'M', Colour: 'Blue' }, 3, false],
    ]);
    expect(rows.some((v) => v.id === variant.id)).toBe(false);
    expect((await productRow(org, product.id)).options).toEqual([SIZE, COLOUR]);
    const [audit] = await audits(org, product.id);
    expect(audit).toMatchObject({ actorUserId: owner.id, oldValues: { options: [] }, newValues: { removed: ['Default'] } });
  });

  it('keeps variants that still match (with their SKU, price and stock), renames them to the new order, and adds the new ones', async () => {
    const { product } = await createProduct(org, {}, [
      { name: 'S / Red', optionValues: { Size: 'S', Colour: 'Red' }, sku: 'TEE-S-RED', price: 2500 },
      { name: 'S / Blue', optionValues: { Size: 'S', Colour: 'Blue' } },
    ]);
    const [keep, drop] = await live(org, product.id);
    const warehouse = await createWarehouse(org);
    await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: keep!.id }, 7);
    const ctx = await orgContextFor(owner, org);

    await setProductOptions(ctx, { productId: product.id, options: [{ name: 'Colour', values: ['Red', 'Green'] }, { name: 'Size', values: ['S', 'L'] }] });
    const rows = await live(org, product.id);
    expect(rows.map((v) => v.name)).toEqual(['Red / S', 'Red / L', 'Green / S', 'Green / L']);
    expect(rows[0]).toMatchObject({ id: keep!.id, sku: 'TEE-S-RED', price: 2500 });
    expect(rows.some((v) => v.id === drop!.id)).toBe(false); // Blue is gone and had no stock
    expect((await productRow(org, product.id)).stockAvailable).toBe(7);
  });

  it('refuses to remove a combination that still has stock, naming it, and changes nothing', async () => {
    const { product } = await createProduct(org);
    const ctx = await orgContextFor(owner, org);
    await setProductOptions(ctx, { productId: product.id, options: [{ name: 'Size', values: ['Small', 'Medium'] }, { name: 'Colour', values: ['Red'] }] });
    const [, medium] = await live(org, product.id);
    const warehouse = await createWarehouse(org);
    await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: medium!.id }, 4);

    const shrink = { productId: product.id, options: [{ name: 'Size', values: ['Small'] }, { name: 'Colour', values: ['Red'] }] };
    await expect(setProductOptions(ctx, shrink)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Medium / Red still has 4 in stock; move or adjust it first.',
    });
    expect((await live(org, product.id)).map((v) => v.name)).toEqual(['Small / Red', 'Medium / Red']);
    expect((await productRow(org, product.id)).options).toHaveLength(2);
    expect(await audits(org, product.id)).toHaveLength(1);

    // Reserved units count too, even with nothing on the shelf.
    await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: medium!.id }, 0, { reserved: 0 });
    await setStock(org, { warehouseId: (await createWarehouse(org)).id, productId: product.id, variantId: medium!.id }, 2, { reserved: 2 });
    await expect(setProductOptions(ctx, shrink)).rejects.toThrow('Medium / Red still has 2 in stock (2 reserved); move or adjust it first.');
  });

  it('brings the default variant back when all options are removed, and keeps a stocked default when options arrive', async () => {
    const { product, variant } = await createProduct(org);
    const warehouse = await createWarehouse(org);
    await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: variant.id }, 3);
    const ctx = await orgContextFor(owner, org);
    await expect(setProductOptions(ctx, { productId: product.id, options: [SIZE] })).rejects.toThrow('Default still has 3 in stock; move or adjust it first.');

    await setStock(org, { warehouseId: warehouse.id, productId: product.id, variantId: variant.id }, 0);
    await setProductOptions(ctx, { productId: product.id, options: [SIZE] });
    expect((await live(org, product.id)).map((v) => v.name)).toEqual(['S', 'M']);

    await setProductOptions(ctx, { productId: product.id, options: [] });
    const [again, ...rest] = await live(org, product.id);
    expect(rest).toEqual([]);
    expect(again).toMatchObject({ name: 'Default', isDefault: true, optionValues: {} });
    expect(again!.id).not.toBe(variant.id);
    expect((await productRow(org, product.id)).options).toEqual([]);
  });

  it('creates each combination once when generations run in parallel', async () => {
    const { product } = await createProduct(org);
    const ctx = await orgContextFor(owner, org);
    const input = { productId: product.id, options: [SIZE, COLOUR, { name: 'Fit', values: ['Slim', 'Regular'] }] };
    const results = await Promise.all([1, 2, 3, 4].map(() => setProductOptions(ctx, input)));
    expect(results.map((r) => r.created).sort()).toEqual([0, 0, 0, 8]);
    const rows = await live(org, product.id);
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((v) => v.name)).size).toBe(8);
  });

  it("cannot change another organization's product", async () => {
    const { org: other } = await createOrganization();
    const { product } = await createProduct(other);
    await expect(setProductOptions(await orgContextFor(owner, org), { productId: product.id, options: [SIZE] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await live(other, product.id)).map((v) => v.name)).toEqual(['Default']);
    expect((await productRow(other, product.id)).options).toEqual([]);
  });

  it('refuses a member without catalog.manage', async () => {
    const { product } = await createProduct(org);
    const courier = await addMember(org, 'courier');
    await expect(setProductOptions(await orgContextFor(courier, org), { productId: product.id, options: [SIZE] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await live(org, product.id)).toHaveLength(1);
  });
});
