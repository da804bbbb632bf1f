import { describe, expect, it } from 'vitest';
import { createCategory as createCategoryRow } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import type { OrgContext } from '@/lib/server/context';
import { createCategory } from './create-category';
import { moveCategory } from './move-category';
import { auditActions, categoryInput, storedCategory } from './test-helpers';

const UNDER_ITSELF = 'A category cannot be moved under itself or one of its own subcategories.';

async function setup() {
  const { org, owner } = await createOrganization();
  const ctx = await orgContextFor(owner, org);
  const make = (name: string, parentId: string | null = null) => createCategory(ctx, categoryInput(name, { parentId }));
  return { org, owner, ctx, make };
}

describe('moveCategory', () => {
  it('moves a category with its subtree under another parent (last there) and back to the top level', async () => {
    const { org, ctx, make } = await setup();
    const clothing = await make('Clothing');
    const home = await make('Home');
    const kitchen = await make('Kitchen', home.id);
    const mugs = await make('Mugs', kitchen.id);
    await make('Bedding', clothing.id);

    const moved = await moveCategory(ctx, { id: kitchen.id, parentId: clothing.id });
    expect(moved).toMatchObject({ parentId: clothing.id, sortOrder: 1 });
    expect((await storedCategory(mugs.id))?.parentId).toBe(kitchen.id); // the subtree comes along

    await expect(moveCategory(ctx, { id: kitchen.id, parentId: null })).resolves.toMatchObject({ parentId: null, sortOrder: 2, moved: true });
    // Where it already is: nothing moves, nothing is recorded, and the caller is told so.
    await expect(moveCategory(ctx, { id: kitchen.id, parentId: null })).resolves.toMatchObject({ parentId: null, sortOrder: 2, moved: false });
    expect(await auditActions(org)).toEqual([...Array(5).fill('category.created'), 'category.moved', 'category.moved']);
  });

  it('refuses a move under itself or under one of its descendants, and changes nothing', async () => {
    const { org, ctx, make } = await setup();
    const a = await make('A');
    const b = await make('B', a.id);
    const c = await make('C', b.id);
    for (const parentId of [a.id, b.id, c.id]) {
      await expect(moveCategory(ctx, { id: a.id, parentId })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { parentId: [UNDER_ITSELF] } });
    }
    expect((await storedCategory(a.id))?.parentId).toBeNull();
    expect(await auditActions(org)).not.toContain('category.moved');
  });

  it('lets only one of two parallel moves that would close a loop succeed', async () => {
    const { ctx, owner, org, make } = await setup();
    for (let round = 0; round < 5; round++) {
      const a = await make(`A${round}`);
      const b = await make(`B${round}`);
      const other: OrgContext = await orgContextFor(owner, org);
      const results = await Promise.allSettled([
        moveCategory(ctx, { id: a.id, parentId: b.id }),
        moveCategory(other, { id: b.id, parentId: a.id }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: 'INVALID', message: UNDER_ITSELF });
      const [sa, sb] = [await storedCategory(a.id), await storedCategory(b.id)];
      expect([sa?.parentId, sb?.parentId].filter(Boolean)).toHaveLength(1);
    }
  });

  it('lets only one of two parallel moves succeed when the loop would go through other categories', async () => {
    const { ctx, owner, org, make } = await setup();
    // A > D and B > C; "A under C" and "B under D" together would make A > D > B > C > A.
    const a = await make('A');
    const b = await make('B');
    const c = await make('C', b.id);
    const d = await make('D', a.id);
    const results = await Promise.allSettled([
      moveCategory(ctx, { id: a.id, parentId: c.id }),
      moveCategory(await orgContextFor(owner, org), { id: b.id, parentId: d.id }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('cannot move another organization’s category, nor move under one', async () => {
    const { ctx, make } = await setup();
    const mine = await make('Mine');
    const { org: other } = await createOrganization();
    const theirs = await createCategoryRow(other);
    await expect(moveCategory(ctx, { id: theirs.id, parentId: mine.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(moveCategory(ctx, { id: mine.id, parentId: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Parent category was not found.' });
    expect((await storedCategory(theirs.id))?.parentId).toBeNull();
    expect((await storedCategory(mine.id))?.parentId).toBeNull();
  });

  it('refuses a courier', async () => {
    const { org, make } = await setup();
    const a = await make('A');
    const b = await make('B');
    const courier = await addMember(org, 'courier');
    await expect(moveCategory(await orgContextFor(courier, org), { id: a.id, parentId: b.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await storedCategory(a.id))?.parentId).toBeNull();
  });
});
