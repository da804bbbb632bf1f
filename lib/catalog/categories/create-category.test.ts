import { describe, expect, it } from 'vitest';
import { createCategory as createCategoryRow } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createCategory } from './create-category';
import { deleteCategory } from './delete-category';
import { CreateCategoryInput } from './schemas';
import { auditActions, categoryInput, storedCategories } from './test-helpers';

describe('createCategory', () => {
  it('adds top-level and nested categories, last among their siblings, with a slug from the name, and audits', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const clothing = await createCategory(ctx, categoryInput('Clothing & Shoes'));
    const home = await createCategory(ctx, categoryInput('Home'));
    const shirts = await createCategory(ctx, { ...categoryInput('Shirts', { parentId: clothing.id, slug: 'mens-shirts' }), metaTitle: 'Shirts for men' });
    const tees = await createCategory(ctx, categoryInput('T-shirts', { parentId: clothing.id, isActive: false }));

    expect(clothing).toMatchObject({ slug: 'clothing-and-shoes', parentId: null, sortOrder: 0, isActive: true, organizationId: org.id });
    expect(home.sortOrder).toBe(1);
    expect(shirts).toMatchObject({ slug: 'mens-shirts', parentId: clothing.id, sortOrder: 0, metaTitle: 'Shirts for men' });
    expect(tees).toMatchObject({ slug: 't-shirts', sortOrder: 1, isActive: false });
    expect(await auditActions(org)).toEqual(Array(4).fill('category.created'));
  });

  it('refuses a slug the organization already uses, on the slug field, and writes nothing', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    await createCategory(ctx, categoryInput('Posters'));
    await expect(createCategory(ctx, categoryInput('Wall art', { slug: 'posters' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { slug: ['Another category already uses this URL slug.'] },
    });
    expect(await storedCategories(org)).toHaveLength(1);
    expect(await auditActions(org)).toEqual(['category.created']);
  });

  it('numbers a slug made from the name when it is taken, also for names that give no Latin slug', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    await createCategory(ctx, categoryInput('Posters'));
    await expect(createCategory(ctx, categoryInput('Posters!'))).resolves.toMatchObject({ slug: 'posters-2' });
    const scripts = [await createCategory(ctx, categoryInput('ඇඳුම්')), await createCategory(ctx, categoryInput('உடைகள்'))];
    expect(scripts.map((c) => c.slug)).toEqual(['category', 'category-2']);
  });

  it('gives categories created at the same time with one name their own slugs', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const created = await Promise.all(Array.from({ length: 5 }, () => createCategory(ctx, categoryInput('Stickers'))));
    expect(created.map((c) => c.slug).sort()).toEqual(['stickers', 'stickers-2', 'stickers-3', 'stickers-4', 'stickers-5']);
  });

  it('allows the slug of a deleted category, and the same slug in another organization', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const old = await createCategory(ctx, categoryInput('Stickers'));
    await deleteCategory(ctx, { id: old.id });
    await expect(createCategory(ctx, categoryInput('Stickers'))).resolves.toMatchObject({ slug: 'stickers' });
    const { org: other, owner: otherOwner } = await createOrganization();
    await expect(createCategory(await orgContextFor(otherOwner, other), categoryInput('Stickers'))).resolves.toMatchObject({ slug: 'stickers' });
  });

  it('cannot pick another organization’s category as the parent', async () => {
    const { org, owner } = await createOrganization();
    const { org: other } = await createOrganization();
    const theirs = await createCategoryRow(other);
    await expect(createCategory(await orgContextFor(owner, org), categoryInput('Mine', { parentId: theirs.id }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Parent category was not found.',
    });
    expect(await storedCategories(org)).toHaveLength(0);
  });

  it('refuses members without catalog.manage', async () => {
    const { org } = await createOrganization();
    for (const role of ['courier', 'seller'] as const) {
      const member = await addMember(org, role);
      await expect(createCategory(await orgContextFor(member, org), categoryInput('Nope'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await storedCategories(org)).toHaveLength(0);
  });

  it('validates input: name required, slug shape, text lengths; empty text becomes null', () => {
    const base = { name: 'Gift cards', slug: '', parentId: '', description: '  ', metaTitle: '', metaDescription: '', isActive: true };
    expect(CreateCategoryInput.parse(base)).toMatchObject({ parentId: null, description: null, metaTitle: null, slug: '' });
    expect(CreateCategoryInput.parse({ ...base, slug: ' Gift-Cards ' }).slug).toBe('gift-cards');
    const problems = (input: object) => CreateCategoryInput.safeParse({ ...base, ...input }).error?.issues.map((i) => i.path.join('.'));
    expect(problems({ name: '   ' })).toEqual(['name']);
    expect(problems({ slug: 'gift cards!' })).toEqual(['slug']);
    expect(problems({ slug: '-gift' })).toEqual(['slug']);
    expect(problems({ metaTitle: 'x'.repeat(121) })).toEqual(['metaTitle']);
    expect(problems({ metaDescription: 'x'.repeat(321) })).toEqual(['metaDescription']);
  });
});
