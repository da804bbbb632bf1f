import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { products } from '@/db/schema';
import { createCategory, createProduct as createProductRow } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createProduct } from './create-product';
import { getProductForEdit } from './get-product-for-edit';
import { CATEGORY_NOT_FOUND, RELATED_NOT_FOUND } from './product-checks';
import { SKU_TAKEN, SLUG_TAKEN } from './product-writes';
import { UpdateProductInput } from './schemas';
import { auditActionsFor, productInput } from './test-helpers';
import { updateProduct } from './update-product';

async function setup() {
  const { org, owner } = await createOrganization();
  const ctx = await orgContextFor(owner, org);
  const { id } = await createProduct(
    ctx,
    productInput({ name: 'Mug', sku: 'MUG', basePrice: 1000, attributes: [{ name: 'Volume', value: '300 ml' }], tags: ['kitchen'] }),
  );
  const edit = (overrides: Record<string, unknown> = {}) =>
    UpdateProductInput.parse({ ...productInput({ name: 'Mug', sku: 'MUG', basePrice: 1000 }), id, ...overrides });
  return { org, owner, ctx, id, edit };
}

const rowOf = (orgId: string, id: string) => withOrg(orgId, async (tx) => (await tx.select().from(products).where(eq(products.id, id)))[0]!);

describe('updateProduct', () => {
  it('saves fields, replaces specifications and related products in order, and audits what changed', async () => {
    const { org, ctx, id, edit } = await setup();
    const { product: a } = await createProductRow(org, { name: 'Saucer' });
    const { product: b } = await createProductRow(org, { name: 'Spoon' });
    const result = await updateProduct(
      ctx,
      edit({
        basePrice: 1500,
        salePrice: 1200,
        costPrice: 400,
        heightMm: 95,
        attributes: [
          { name: 'Colour', value: 'White' },
          { name: 'Volume', value: '350 ml' },
        ],
        relatedProductIds: [b.id, a.id],
      }),
    );
    expect(result).toMatchObject({ id, slug: 'mug', changed: true });
    const { product, attributes, related } = await getProductForEdit(ctx, id);
    expect(product).toMatchObject({ basePrice: 1500, salePrice: 1200, price: 1200, costPrice: 400, heightMm: 95, tags: [], slug: 'mug' });
    expect(attributes).toEqual([
      { name: 'Colour', value: 'White' },
      { name: 'Volume', value: '350 ml' },
    ]);
    expect(related.map((r) => r.name)).toEqual(['Spoon', 'Saucer']);
    const audit = await auditActionsFor(id);
    expect(audit.map((r) => r.action)).toEqual(['product.created', 'product.updated']);
    expect(audit[1]!.oldValues).toMatchObject({ basePrice: 1000, salePrice: null, tags: ['kitchen'] });
    expect(audit[1]!.newValues).toMatchObject({ basePrice: 1500, salePrice: 1200, tags: [] });
    expect(audit[1]!.newValues).not.toHaveProperty('name');
  });

  it('records nothing when nothing changed, and sets the publication date only the first time it goes active', async () => {
    const { org, ctx, id, edit } = await setup();
    expect((await updateProduct(ctx, edit({ tags: ['kitchen'], attributes: [{ name: 'Volume', value: '300 ml' }] }))).changed).toBe(false);
    expect((await rowOf(org.id, id)).publishedAt).toBeNull();
    await updateProduct(ctx, edit({ status: 'active' }));
    const published = (await rowOf(org.id, id)).publishedAt;
    expect(published).toBeInstanceOf(Date);
    await updateProduct(ctx, edit({ status: 'inactive' }));
    await updateProduct(ctx, edit({ status: 'active', name: 'Big Mug' }));
    expect((await rowOf(org.id, id)).publishedAt).toEqual(published);
  });

  it('keeps the slug when left empty and refuses one or a SKU another product uses', async () => {
    const { org, ctx, id, edit } = await setup();
    await createProductRow(org, { slug: 'cup', sku: 'CUP' });
    await updateProduct(ctx, edit({ slug: '', name: 'Renamed' }));
    expect((await rowOf(org.id, id)).slug).toBe('mug');
    await expect(updateProduct(ctx, edit({ slug: 'cup' }))).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { slug: [SLUG_TAKEN] } });
    await expect(updateProduct(ctx, edit({ sku: 'CUP' }))).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { sku: [SKU_TAKEN] } });
    expect(await rowOf(org.id, id)).toMatchObject({ slug: 'mug', sku: 'MUG', name: 'Renamed' });
  });

  it('refuses relating a product to itself, writing nothing', async () => {
    const { org, ctx, id, edit } = await setup();
    await expect(updateProduct(ctx, edit({ name: 'Changed', relatedProductIds: [id] }))).rejects.toMatchObject({ code: 'INVALID' });
    expect((await rowOf(org.id, id)).name).toBe('Mug');
  });

  it("another organization cannot read or change it, nor borrow the other's category or products", async () => {
    const { org, ctx, id, edit } = await setup();
    const { org: other, owner: otherOwner } = await createOrganization();
    const otherCtx = await orgContextFor(otherOwner, other);
    await expect(getProductForEdit(otherCtx, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateProduct(otherCtx, edit({ name: 'Stolen' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const theirCategory = await createCategory(other);
    const { product: theirProduct } = await createProductRow(other);
    await expect(updateProduct(ctx, edit({ name: 'X', categoryId: theirCategory.id }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      fieldErrors: { categoryId: [CATEGORY_NOT_FOUND] },
    });
    await expect(updateProduct(ctx, edit({ name: 'X', relatedProductIds: [theirProduct.id] }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      fieldErrors: { relatedProductIds: [RELATED_NOT_FOUND] },
    });
    expect(await rowOf(org.id, id)).toMatchObject({ name: 'Mug', categoryId: null });
  });

  it('refuses couriers and sellers', async () => {
    const { org, id, edit } = await setup();
    for (const role of ['courier', 'seller'] as const) {
      const ctx = await orgContextFor(await addMember(org, role), org);
      await expect(updateProduct(ctx, edit({ name: 'Nope' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(getProductForEdit(ctx, id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await rowOf(org.id, id)).name).toBe('Mug');
  });
});
