import { describe, expect, it } from 'vitest';
import { eq, or } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { productRelations, products } from '@/db/schema';
import { createProduct as createProductRow } from '@/db/test/catalog-factories';
import { createOrganization, orgContextFor } from '@/db/test/factories';
import { createProduct } from './create-product';
import { deleteProducts } from './delete-products';
import { UpdateProductInput } from './schemas';
import { auditActionsFor, productInput, untilSomeoneWaitsForALock } from './test-helpers';
import { updateProduct } from './update-product';

/** What a save must not do to data that changed under it: a deleted product, variants' prices, deleted related products. */
async function setup() {
  const { org, owner } = await createOrganization();
  const ctx = await orgContextFor(owner, org);
  const { id } = await createProduct(ctx, productInput({ name: 'Mug', sku: 'MUG', basePrice: 1000 }));
  const edit = (overrides: Record<string, unknown> = {}) =>
    UpdateProductInput.parse({ ...productInput({ name: 'Mug', sku: 'MUG', basePrice: 1000 }), id, ...overrides });
  return { org, ctx, id, edit };
}

const rowOf = (orgId: string, id: string) => withOrg(orgId, async (tx) => (await tx.select().from(products).where(eq(products.id, id)))[0]!);

describe('updateProduct keeps the catalog consistent', () => {
  it('refuses a save that waited for the product to be deleted, and changes nothing', async () => {
    const { org, ctx, id, edit } = await setup();
    // The delete holds the product row while the save starts; the save must see it gone.
    const { saving } = await withOrg(org.id, async (tx) => {
      await tx.update(products).set({ deletedAt: new Date() }).where(eq(products.id, id));
      const saving = updateProduct(ctx, edit({ name: 'Renamed after delete' })).catch((e: unknown) => e);
      await untilSomeoneWaitsForALock();
      return { saving };
    });
    expect(await saving).toMatchObject({ code: 'NOT_FOUND' });
    expect((await rowOf(org.id, id)).name).toBe('Mug');
    expect((await auditActionsFor(id)).map((a) => a.action)).toEqual(['product.created']);
  });

  it("refuses a price that would take a variant's adjustment below zero, naming the variant", async () => {
    const { org, ctx } = await setup();
    const { product } = await createProductRow(org, { name: 'Tee', slug: 'tee', basePrice: 1000 }, [
      { name: 'Small', optionValues: { Size: 'S' }, priceAdjustment: -300 },
      { name: 'Large', optionValues: { Size: 'L' }, priceAdjustment: 200 },
      { name: 'Gift', optionValues: { Size: 'G' }, price: 100, priceAdjustment: -900 }, // its own price: not affected
      { name: 'Retired', optionValues: { Size: 'R' }, priceAdjustment: -950, deletedAt: new Date() },
    ]);
    const edit = (overrides: Record<string, unknown>) =>
      UpdateProductInput.parse({ ...productInput({ name: 'Tee', slug: 'tee', status: 'active' }), id: product.id, ...overrides });

    await expect(updateProduct(ctx, edit({ basePrice: 299 }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { basePrice: [expect.stringContaining('“Small”')] },
    });
    await expect(updateProduct(ctx, edit({ basePrice: 2000, salePrice: 250 }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { salePrice: [expect.stringContaining('“Small”')] },
    });
    expect(await rowOf(org.id, product.id)).toMatchObject({ basePrice: 1000, salePrice: null });
    await expect(updateProduct(ctx, edit({ basePrice: 300 }))).resolves.toMatchObject({ changed: true });
    expect((await rowOf(org.id, product.id)).price).toBe(300);
  });

  it('counts a deleted related product as gone: an unchanged save records nothing, and deleting drops its links both ways', async () => {
    const { org, ctx, id, edit } = await setup();
    const { product: saucer } = await createProductRow(org, { name: 'Saucer' });
    const { product: spoon } = await createProductRow(org, { name: 'Spoon' });
    await updateProduct(ctx, edit({ relatedProductIds: [saucer.id, spoon.id] }));
    await withOrg(org.id, (tx) => tx.insert(productRelations).values({ organizationId: org.id, productId: spoon.id, relatedProductId: id, kind: 'related' }));

    await deleteProducts(ctx, { ids: [spoon.id] });
    const links = await withOrg(org.id, (tx) =>
      tx.select().from(productRelations).where(or(eq(productRelations.productId, spoon.id), eq(productRelations.relatedProductId, spoon.id))),
    );
    expect(links).toEqual([]);
    expect(await updateProduct(ctx, edit({ relatedProductIds: [saucer.id] }))).toMatchObject({ changed: false });

    // A product deleted before its links were dropped on delete (older data) is not counted either.
    await withOrg(org.id, (tx) => tx.update(products).set({ deletedAt: new Date() }).where(eq(products.id, saucer.id)));
    expect(await updateProduct(ctx, edit({ relatedProductIds: [] }))).toMatchObject({ changed: false });
    expect((await auditActionsFor(id)).map((a) => a.action)).toEqual(['product.created', 'product.updated']);
  });

});
