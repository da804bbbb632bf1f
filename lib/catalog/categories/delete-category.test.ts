import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { products } from '@/db/schema';
import { createCategory as createCategoryRow, createProduct } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createCategory } from './create-category';
import { deleteCategory } from './delete-category';
import { listCategoryTree } from './list-category-tree';
import { auditActions, categoryInput, storedCategories, storedCategory } from './test-helpers';

const productCategory = async (id: string) => (await withPlatform((tx) => tx.select().from(products).where(eq(products.id, id))))[0]?.categoryId;

describe('deleteCategory', () => {
  it('soft-deletes it, leaves its products without a category, and audits', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const mugs = await createCategory(ctx, categoryInput('Mugs'));
    const { product } = await createProduct(org, { categoryId: mugs.id });
    await expect(deleteCategory(ctx, { id: mugs.id })).resolves.toEqual({ id: mugs.id, productsUncategorised: 1 });
    expect((await storedCategory(mugs.id))?.deletedAt).toBeInstanceOf(Date);
    expect(await productCategory(product.id)).toBeNull();
    expect(await listCategoryTree(ctx)).toEqual([]);
    expect(await auditActions(org)).toEqual(['category.created', 'category.deleted']);
    await expect(deleteCategory(ctx, { id: mugs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses while it has subcategories, saying so, and changes nothing', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const parent = await createCategory(ctx, categoryInput('Clothing'));
    await createCategory(ctx, categoryInput('Shirts', { parentId: parent.id }));
    await createCategory(ctx, categoryInput('Hats', { parentId: parent.id }));
    const { product } = await createProduct(org, { categoryId: parent.id });
    await expect(deleteCategory(ctx, { id: parent.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '“Clothing” still has 2 subcategories. Move or delete them first.',
    });
    expect((await storedCategory(parent.id))?.deletedAt).toBeNull();
    expect(await productCategory(product.id)).toBe(parent.id);
  });

  it('cannot delete another organization’s category, and a courier cannot delete at all', async () => {
    const { org, owner } = await createOrganization();
    const { org: other } = await createOrganization();
    const theirs = await createCategoryRow(other);
    await expect(deleteCategory(await orgContextFor(owner, org), { id: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await storedCategory(theirs.id))?.deletedAt).toBeNull();

    const mine = await createCategoryRow(org);
    const courier = await addMember(org, 'courier');
    await expect(deleteCategory(await orgContextFor(courier, org), { id: mine.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await storedCategory(mine.id))?.deletedAt).toBeNull();
  });

  it('never leaves a live subcategory under a deleted one when both happen at once', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const parent = await createCategory(ctx, categoryInput('Parent'));
    const [created, deleted] = await Promise.allSettled([
      createCategory(await orgContextFor(owner, org), categoryInput('Child', { parentId: parent.id })),
      deleteCategory(ctx, { id: parent.id }),
    ]);
    expect([created.status, deleted.status].sort()).toEqual(['fulfilled', 'rejected']);
    const rows = await storedCategories(org);
    const live = new Set(rows.filter((c) => !c.deletedAt).map((c) => c.id));
    expect(rows.filter((c) => !c.deletedAt && c.parentId && !live.has(c.parentId))).toEqual([]);
    // Whichever won, the tree is what that order of events gives.
    if (deleted.status === 'fulfilled') expect(rows.map((c) => [c.name, c.deletedAt !== null])).toEqual([['Parent', true]]);
    else expect(rows.map((c) => [c.name, c.parentId, c.deletedAt])).toEqual([['Parent', null, null], ['Child', parent.id, null]]);
  });
});
