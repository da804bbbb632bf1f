import { describe, expect, it } from 'vitest';
import { createCategory as createCategoryRow, createProduct } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createCategory } from './create-category';
import { getCategory } from './get-category';
import { listCategoryTree } from './list-category-tree';
import { categoryInput } from './test-helpers';

describe('listCategoryTree / getCategory', () => {
  it('nests the organization’s categories in order, with product counts (direct and with subcategories)', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const clothing = await createCategory(ctx, categoryInput('Clothing'));
    const shirts = await createCategory(ctx, categoryInput('Shirts', { parentId: clothing.id }));
    const linen = await createCategory(ctx, categoryInput('Linen', { parentId: shirts.id, isActive: false }));
    await createCategory(ctx, categoryInput('Home'));
    await createProduct(org, { categoryId: clothing.id });
    await createProduct(org, { categoryId: linen.id });
    await createProduct(org, { categoryId: linen.id, deletedAt: new Date() }); // deleted: not counted
    const { org: other } = await createOrganization();
    await createCategoryRow(other, { name: 'Not mine' });

    const tree = await listCategoryTree(ctx);
    expect(tree.map((n) => n.name)).toEqual(['Clothing', 'Home']);
    expect(tree[0]).toMatchObject({ productCount: 1, totalProductCount: 2, imageUrl: null });
    expect(tree[0]!.children[0]).toMatchObject({ name: 'Shirts', productCount: 0, totalProductCount: 1 });
    expect(tree[0]!.children[0]!.children[0]).toMatchObject({ name: 'Linen', isActive: false, productCount: 1, children: [] });

    const detail = await getCategory(ctx, { id: linen.id });
    expect(detail).toMatchObject({ name: 'Linen', childCount: 0, productCount: 1 });
    expect(detail.ancestors).toEqual([{ id: clothing.id, name: 'Clothing' }, { id: shirts.id, name: 'Shirts' }]);
    expect(await getCategory(ctx, { id: clothing.id })).toMatchObject({ childCount: 1, ancestors: [] });
  });

  it('cannot read another organization’s category', async () => {
    const { org, owner } = await createOrganization();
    const { org: other } = await createOrganization();
    const theirs = await createCategoryRow(other);
    await expect(getCategory(await orgContextFor(owner, org), { id: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a courier', async () => {
    const { org } = await createOrganization();
    const courier = await addMember(org, 'courier');
    const ctx = await orgContextFor(courier, org);
    await expect(listCategoryTree(ctx)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getCategory(ctx, { id: (await createCategoryRow(org)).id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
