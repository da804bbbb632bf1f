import { describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { products, productVariants } from '@/db/schema';
import { createCategory, createProduct } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { bulkUpdateProducts } from './bulk-update-products';
import { createProduct as createProductVerb } from './create-product';
import { deleteProducts } from './delete-products';
import { getProductForEdit } from './get-product-for-edit';
import { ProductListFilters } from './list-filters';
import { listProducts } from './list-products';
import { SOME_NOT_FOUND } from './product-checks';
import { BulkUpdateProductsInput, DeleteProductsInput } from './schemas';
import { auditActionsFor, productInput } from './test-helpers';

async function setup() {
  const { org, owner } = await createOrganization();
  const ctx = await orgContextFor(owner, org);
  const published = new Date('2024-01-01T00:00:00Z');
  const { product: draft } = await createProduct(org, { name: 'Draft', status: 'draft', publishedAt: null });
  const { product: old } = await createProduct(org, { name: 'Old', status: 'inactive', publishedAt: published });
  const { product: live } = await createProduct(org, { name: 'Live', status: 'active', publishedAt: published });
  const rows = (ids: string[]) => withOrg(org.id, (tx) => tx.select().from(products).where(inArray(products.id, ids)));
  return { org, owner, ctx, draft, old, live, published, rows };
}

describe('bulkUpdateProducts', () => {
  it('publishes, dating only products never published before, and audits each product that changed', async () => {
    const { ctx, draft, old, live, published, rows } = await setup();
    const result = await bulkUpdateProducts(ctx, BulkUpdateProductsInput.parse({ action: 'publish', ids: [draft.id, old.id, live.id] }));
    expect(result).toEqual({ updated: 2 });
    const byName = Object.fromEntries((await rows([draft.id, old.id, live.id])).map((r) => [r.name, r]));
    expect(Object.values(byName).every((r) => r.status === 'active')).toBe(true);
    expect(byName.Draft!.publishedAt).toBeInstanceOf(Date);
    expect(byName.Old!.publishedAt).toEqual(published);
    expect((await auditActionsFor(draft.id)).map((a) => [a.action, a.oldValues, a.newValues])).toEqual([
      ['product.published', { status: 'draft' }, { status: 'active' }],
    ]);
    expect(await auditActionsFor(live.id)).toEqual([]);
  });

  it('archives, and moves products into a category or out of any', async () => {
    const { org, ctx, draft, live, rows } = await setup();
    await bulkUpdateProducts(ctx, BulkUpdateProductsInput.parse({ action: 'archive', ids: [live.id] }));
    expect((await rows([live.id]))[0]!.status).toBe('inactive');
    const category = await createCategory(org);
    await bulkUpdateProducts(ctx, BulkUpdateProductsInput.parse({ action: 'set_category', ids: [draft.id, live.id], categoryId: category.id }));
    expect((await rows([draft.id, live.id])).map((r) => r.categoryId)).toEqual([category.id, category.id]);
    await bulkUpdateProducts(ctx, BulkUpdateProductsInput.parse({ action: 'set_category', ids: [live.id], categoryId: null }));
    expect((await rows([live.id]))[0]!.categoryId).toBeNull();
    expect((await auditActionsFor(live.id)).map((a) => a.action)).toEqual([
      'product.archived',
      'product.category_changed',
      'product.category_changed',
    ]);
  });

  it("changes nothing when one id is another organization's product, or the category is theirs", async () => {
    const { ctx, draft, rows } = await setup();
    const { org: other } = await createOrganization();
    const { product: theirs } = await createProduct(other, { status: 'draft', publishedAt: null });
    await expect(bulkUpdateProducts(ctx, BulkUpdateProductsInput.parse({ action: 'publish', ids: [draft.id, theirs.id] }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: SOME_NOT_FOUND,
    });
    expect((await rows([draft.id]))[0]!.status).toBe('draft');
    const theirCategory = await createCategory(other);
    await expect(
      bulkUpdateProducts(ctx, BulkUpdateProductsInput.parse({ action: 'set_category', ids: [draft.id], categoryId: theirCategory.id })),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await rows([draft.id]))[0]!.categoryId).toBeNull();
    const theirRow = await withOrg(other.id, (tx) => tx.select().from(products).where(eq(products.id, theirs.id)));
    expect(theirRow[0]!.status).toBe('draft');
  });

  it('refuses more than 100 ids, none, couriers and sellers', async () => {
    const { org, draft, rows } = await setup();
    expect(BulkUpdateProductsInput.safeParse({ action: 'publish', ids: Array.from({ length: 101 }, (_, i) => `prod_${i}`) }).success).toBe(false);
    expect(BulkUpdateProductsInput.safeParse({ action: 'publish', ids: [] }).success).toBe(false);
    for (const role of ['courier', 'seller'] as const) {
      const ctx = await orgContextFor(await addMember(org, role), org);
      await expect(bulkUpdateProducts(ctx, { action: 'publish', ids: [draft.id] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(deleteProducts(ctx, { ids: [draft.id] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await rows([draft.id]))[0]).toMatchObject({ status: 'draft', deletedAt: null });
  });
});

describe('deleteProducts', () => {
  it('soft-deletes products and their variants, frees their slug and SKU, and audits each', async () => {
    const { org, ctx } = await setup();
    const { id } = await createProductVerb(ctx, productInput({ name: 'Mug', slug: 'mug', sku: 'MUG' }));
    expect(await deleteProducts(ctx, DeleteProductsInput.parse({ ids: [id] }))).toEqual({ deleted: 1 });
    await expect(getProductForEdit(ctx, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listProducts(ctx, ProductListFilters.parse({ q: 'mug' }))).total).toBe(0);
    const variants = await withOrg(org.id, (tx) => tx.select().from(productVariants).where(eq(productVariants.productId, id)));
    expect(variants.every((v) => v.deletedAt !== null)).toBe(true);
    await createProductVerb(ctx, productInput({ name: 'Mug', slug: 'mug', sku: 'MUG' }));
    expect((await auditActionsFor(id)).map((a) => a.action)).toEqual(['product.created', 'product.deleted']);
    await expect(deleteProducts(ctx, { ids: [id] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("deletes nothing when one id is another organization's product", async () => {
    const { ctx, draft, rows } = await setup();
    const { org: other } = await createOrganization();
    const { product: theirs } = await createProduct(other);
    await expect(deleteProducts(ctx, { ids: [draft.id, theirs.id] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await rows([draft.id]))[0]!.deletedAt).toBeNull();
    const theirRow = await withOrg(other.id, (tx) => tx.select().from(products).where(eq(products.id, theirs.id)));
    expect(theirRow[0]!.deletedAt).toBeNull();
  });
});
