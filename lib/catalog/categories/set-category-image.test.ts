import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  // Uploads of this suite go to a throwaway folder, not the dev server's .data/uploads.
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? '/tmp'}/category-image-test-${process.pid}-${Date.now()}`;
});

import sharp from 'sharp';
import { createCategory as createCategoryRow } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { getStorage } from '@/lib/storage';
import { getCategory } from './get-category';
import { removeCategoryImage } from './remove-category-image';
import { SetCategoryImageInput } from './schemas';
import { setCategoryImage } from './set-category-image';
import { auditActions, storedCategory } from './test-helpers';

const png = async (width: number, height: number) =>
  new Uint8Array(await sharp({ create: { width, height, channels: 3, background: '#b91c1c' } }).png().toBuffer());
const file = (bytes: Uint8Array | string, name = 'photo.png') => new File([bytes as BlobPart], name, { type: 'image/png' });

describe('setCategoryImage / removeCategoryImage', () => {
  it('stores a WebP of at most 1200 px under the organization, replaces the old file after commit, and audits', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const category = await createCategoryRow(org);
    const first = await setCategoryImage(ctx, { id: category.id, file: file(await png(2400, 1600)) });
    expect(first).toMatchObject({ width: 1200, height: 800 });
    expect(first.imageKey).toMatch(new RegExp(`^orgs/${org.id}/categories/[0-9a-f]{24}\\.webp$`));
    expect((await getStorage().get(first.imageKey))?.contentType).toBe('image/webp');

    const second = await setCategoryImage(ctx, { id: category.id, file: file(await png(300, 300)) });
    expect(await getStorage().get(first.imageKey)).toBeNull();
    expect((await getCategory(ctx, { id: category.id })).imageUrl).toBe(`/api/files/${second.imageKey}`);

    await expect(removeCategoryImage(ctx, { id: category.id })).resolves.toEqual({ removed: true });
    expect(await getStorage().get(second.imageKey)).toBeNull();
    expect((await storedCategory(category.id))?.imageKey).toBeNull();
    await expect(removeCategoryImage(ctx, { id: category.id })).resolves.toEqual({ removed: false });
    expect(await auditActions(org)).toEqual(['category.image_updated', 'category.image_updated', 'category.image_removed']);
  });

  it('refuses a file that is not an image, or SVG, on the file field, keeping the current image', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const category = await createCategoryRow(org);
    const { imageKey } = await setCategoryImage(ctx, { id: category.id, file: file(await png(50, 50)) });
    await expect(setCategoryImage(ctx, { id: category.id, file: file('hello', 'notes.png') })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { file: ['Upload a PNG, JPEG, WebP or GIF image.'] },
    });
    await expect(
      setCategoryImage(ctx, { id: category.id, file: file('<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'x.svg') }),
    ).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { file: [expect.stringContaining('SVG files are not accepted')] } });
    expect((await storedCategory(category.id))?.imageKey).toBe(imageKey);
    expect(SetCategoryImageInput.safeParse({ id: category.id, file: file(new Uint8Array()) }).success).toBe(false);
    expect(SetCategoryImageInput.safeParse({ id: category.id, file: 'not a file' }).success).toBe(false);
  });

  it('cannot touch another organization’s category image', async () => {
    const { org, owner } = await createOrganization();
    const { org: other, owner: otherOwner } = await createOrganization();
    const theirs = await createCategoryRow(other);
    const { imageKey } = await setCategoryImage(await orgContextFor(otherOwner, other), { id: theirs.id, file: file(await png(40, 40)) });
    const ctx = await orgContextFor(owner, org);
    await expect(setCategoryImage(ctx, { id: theirs.id, file: file(await png(40, 40)) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeCategoryImage(ctx, { id: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await storedCategory(theirs.id))?.imageKey).toBe(imageKey);
    expect(await getStorage().get(imageKey)).not.toBeNull();
  });

  it('refuses a courier', async () => {
    const { org } = await createOrganization();
    const category = await createCategoryRow(org);
    const courier = await addMember(org, 'courier');
    const ctx = await orgContextFor(courier, org);
    await expect(setCategoryImage(ctx, { id: category.id, file: file(await png(40, 40)) })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(removeCategoryImage(ctx, { id: category.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
