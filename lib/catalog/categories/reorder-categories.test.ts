import { describe, expect, it } from 'vitest';
import { createCategory as createCategoryRow } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createCategory } from './create-category';
import { listCategoryOptions } from './list-category-options';
import { moveCategoryStep } from './move-category-step';
import { reorderCategories } from './reorder-categories';
import { ReorderCategoriesInput } from './schemas';
import { auditActions, categoryInput, storedCategory } from './test-helpers';

async function setup() {
  const { org, owner } = await createOrganization();
  const ctx = await orgContextFor(owner, org);
  const make = (name: string, parentId: string | null = null) => createCategory(ctx, categoryInput(name, { parentId }));
  const names = async () => (await listCategoryOptions(ctx)).map((o) => o.path);
  return { org, ctx, make, names };
}

describe('reorderCategories', () => {
  it('puts one parent’s children in the given order, leaving other levels alone, and audits', async () => {
    const { org, ctx, make, names } = await setup();
    const clothing = await make('Clothing');
    const home = await make('Home');
    const [shirts, hats, socks] = [await make('Shirts', clothing.id), await make('Hats', clothing.id), await make('Socks', clothing.id)];

    await reorderCategories(ctx, { parentId: clothing.id, orderedIds: [socks.id, shirts.id, hats.id] });
    await reorderCategories(ctx, { parentId: null, orderedIds: [home.id, clothing.id] });
    expect(await names()).toEqual(['Home', 'Clothing', 'Clothing › Socks', 'Clothing › Shirts', 'Clothing › Hats']);
    expect((await auditActions(org)).filter((a) => a === 'category.reordered')).toHaveLength(2);

    // The same order again is not a change.
    await reorderCategories(ctx, { parentId: null, orderedIds: [home.id, clothing.id] });
    expect((await auditActions(org)).filter((a) => a === 'category.reordered')).toHaveLength(2);
  });

  it('refuses a list that does not match the children exactly (a stale page), changing nothing', async () => {
    const { ctx, make, names } = await setup();
    const a = await make('A');
    const b = await make('B');
    const child = await make('Child', a.id);
    for (const orderedIds of [[b.id], [b.id, a.id, child.id], [b.id, child.id]]) {
      await expect(reorderCategories(ctx, { parentId: null, orderedIds })).rejects.toMatchObject({ code: 'CONFLICT' });
    }
    expect(await names()).toEqual(['A', 'A › Child', 'B']);
    expect(ReorderCategoriesInput.safeParse({ parentId: null, orderedIds: [a.id, a.id] }).success).toBe(false);
    expect(ReorderCategoriesInput.safeParse({ parentId: null, orderedIds: [] }).success).toBe(false);
  });

  it('cannot reorder another organization’s categories, nor slip them into its own list', async () => {
    const { ctx, make } = await setup();
    const mine = await make('Mine');
    const { org: other } = await createOrganization();
    const [x, y] = [await createCategoryRow(other, { sortOrder: 0 }), await createCategoryRow(other, { sortOrder: 1 })];
    const parent = await createCategoryRow(other);
    await expect(reorderCategories(ctx, { parentId: null, orderedIds: [y.id, x.id] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(reorderCategories(ctx, { parentId: null, orderedIds: [x.id, mine.id] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(reorderCategories(ctx, { parentId: parent.id, orderedIds: [mine.id] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await storedCategory(x.id))?.sortOrder).toBe(0);
    expect((await storedCategory(y.id))?.sortOrder).toBe(1);
  });

  it('refuses a courier', async () => {
    const { org, make } = await setup();
    const [a, b] = [await make('A'), await make('B')];
    const courier = await addMember(org, 'courier');
    const courierCtx = await orgContextFor(courier, org);
    await expect(reorderCategories(courierCtx, { parentId: null, orderedIds: [b.id, a.id] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(moveCategoryStep(courierCtx, { id: b.id, direction: 'up' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await storedCategory(a.id))?.sortOrder).toBe(0);
  });
});

describe('moveCategoryStep', () => {
  it('moves one place up or down among its siblings and stays put at either end', async () => {
    const { org, ctx, make, names } = await setup();
    const parent = await make('Posters');
    const [a, , c] = [await make('A3', parent.id), await make('A4', parent.id), await make('A5', parent.id)];
    await expect(moveCategoryStep(ctx, { id: c.id, direction: 'up' })).resolves.toMatchObject({ moved: true, position: 1 });
    await expect(moveCategoryStep(ctx, { id: c.id, direction: 'up' })).resolves.toMatchObject({ moved: true, position: 0 });
    await expect(moveCategoryStep(ctx, { id: c.id, direction: 'up' })).resolves.toMatchObject({ moved: false, position: 0 });
    await expect(moveCategoryStep(ctx, { id: a.id, direction: 'down' })).resolves.toMatchObject({ moved: true, position: 2 });
    expect(await names()).toEqual(['Posters', 'Posters › A5', 'Posters › A4', 'Posters › A3']);
    expect((await auditActions(org)).filter((x) => x === 'category.reordered')).toHaveLength(3);
  });

  it('works when siblings share a sort order (renumbers them)', async () => {
    const { org, ctx, names } = await setup();
    const rows = [];
    for (const name of ['X', 'Y', 'Z']) rows.push(await createCategoryRow(org, { name, sortOrder: 0 }));
    const last = (await names()).at(-1)!;
    const lastRow = rows.find((r) => r.name === last)!;
    await moveCategoryStep(ctx, { id: lastRow.id, direction: 'up' });
    expect((await names())[1]).toBe(last);
  });

  it('cannot move another organization’s category', async () => {
    const { ctx } = await setup();
    const { org: other } = await createOrganization();
    const [x, y] = [await createCategoryRow(other, { sortOrder: 0 }), await createCategoryRow(other, { sortOrder: 1 })];
    await expect(moveCategoryStep(ctx, { id: y.id, direction: 'up' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await storedCategory(x.id))?.sortOrder).toBe(0);
  });
});
