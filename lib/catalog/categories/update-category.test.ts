import { describe, expect, it } from 'vitest';
import { createCategory as createCategoryRow } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createCategory } from './create-category';
import { UpdateCategoryInput } from './schemas';
import { auditActions, categoryInput, storedCategory } from './test-helpers';
import { updateCategory } from './update-category';

const fields = { description: null, metaTitle: null, metaDescription: null, isActive: true };

describe('updateCategory', () => {
  it('renames, changes the slug, SEO fields and active flag, and audits only what changed', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const shoes = await createCategory(ctx, categoryInput('Shoes'));
    const updated = await updateCategory(ctx, {
      id: shoes.id,
      name: 'Sneakers',
      slug: 'sneakers',
      description: 'Everyday trainers.',
      metaTitle: 'Sneakers | Acme',
      metaDescription: 'Comfortable sneakers.',
      isActive: false,
    });
    expect(updated).toMatchObject({ name: 'Sneakers', slug: 'sneakers', isActive: false, metaTitle: 'Sneakers | Acme', parentId: null });

    // Saving the same values again writes no audit row.
    await updateCategory(ctx, { id: shoes.id, name: 'Sneakers', slug: 'sneakers', description: 'Everyday trainers.', metaTitle: 'Sneakers | Acme', metaDescription: 'Comfortable sneakers.', isActive: false });
    expect(await auditActions(org)).toEqual(['category.created', 'category.updated']);
  });

  it('makes the slug from the new name when left empty, and refuses a taken slug on the slug field', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const a = await createCategory(ctx, categoryInput('Mugs'));
    await createCategory(ctx, categoryInput('Cups'));
    await expect(updateCategory(ctx, { id: a.id, name: 'Tea Mugs', slug: '', ...fields })).resolves.toMatchObject({ slug: 'tea-mugs' });
    await expect(updateCategory(ctx, { id: a.id, name: 'Tea Mugs', slug: 'cups', ...fields })).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { slug: ['Another category already uses this URL slug.'] },
    });
    expect((await storedCategory(a.id))?.slug).toBe('tea-mugs');
  });

  it('cannot rename another organization’s category', async () => {
    const { org, owner } = await createOrganization();
    const { org: other } = await createOrganization();
    const theirs = await createCategoryRow(other, { name: 'Theirs' });
    await expect(updateCategory(await orgContextFor(owner, org), { id: theirs.id, name: 'Mine now', slug: '', ...fields })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await storedCategory(theirs.id))?.name).toBe('Theirs');
  });

  it('refuses a courier', async () => {
    const { org } = await createOrganization();
    const row = await createCategoryRow(org, { name: 'Kept' });
    const courier = await addMember(org, 'courier');
    await expect(updateCategory(await orgContextFor(courier, org), { id: row.id, name: 'Changed', slug: '', ...fields })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await storedCategory(row.id))?.name).toBe('Kept');
  });

  it('refuses bad input before anything runs', () => {
    const base = { id: 'cat_1', name: 'Ok', slug: 'ok', description: '', metaTitle: '', metaDescription: '', isActive: true };
    expect(UpdateCategoryInput.safeParse(base).success).toBe(true);
    expect(UpdateCategoryInput.safeParse({ ...base, id: '' }).success).toBe(false);
    expect(UpdateCategoryInput.safeParse({ ...base, name: '' }).success).toBe(false);
    expect(UpdateCategoryInput.safeParse({ ...base, slug: 'Not OK' }).success).toBe(false);
    expect(UpdateCategoryInput.safeParse({ ...base, isActive: 'yes' }).success).toBe(false);
  });
});
