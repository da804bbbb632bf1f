import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? '/tmp'}/product-images-manage-${process.pid}-${Date.now()}`;
});

import { rm } from 'node:fs/promises';
import sharp from 'sharp';
import { asc, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { productImages, productVariants, type Organization, type User } from '@/db/schema';
import { createProduct } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { auditActionsFor } from '@/lib/catalog/products/test-helpers';
import type { OrgContext } from '@/lib/server/context';
import { getStorage } from '@/lib/storage';
import { deleteProductImage } from './delete-product-image';
import { listProductImages } from './list-product-images';
import { reorderProductImages } from './reorder-product-images';
import { setPrimaryImage } from './set-primary-image';
import { updateImageAlt } from './update-image-alt';
import { uploadProductImages } from './upload-product-images';

let org: Organization;
let owner: User;
let ctx: OrgContext;
let png: File;

afterAll(() => rm(process.env.UPLOAD_DIR!, { recursive: true, force: true }));

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
  ctx = await orgContextFor(owner, org);
  const bytes = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#2980b9' } }).png().toBuffer();
  png = new File([new Uint8Array(bytes)], 'photo.png', { type: 'image/png' });
});

/** A product with three uploaded images: [primary, second, third]. */
async function gallery(o = org, c = ctx) {
  const { product, variant } = await createProduct(o);
  const { images } = await uploadProductImages(c, { productId: product.id, files: [png, png, png] });
  return { product, variant, images };
}
const state = (o: Organization, productId: string) =>
  withOrg(o.id, (tx) =>
    tx
      .select({ id: productImages.id, sortOrder: productImages.sortOrder, isPrimary: productImages.isPrimary, altText: productImages.altText })
      .from(productImages)
      .where(eq(productImages.productId, productId))
      .orderBy(asc(productImages.sortOrder)),
  );
/** Every audit row about a product or one of its images, after the upload that made the gallery. */
const auditAbout = async (productId: string, imageIds: string[]) =>
  (await Promise.all([productId, ...imageIds].map((id) => auditActionsFor(id)))).flat().filter((a) => a.action !== 'product.images_uploaded');

describe('product image management', () => {
  it('reorders, refusing a list that is not exactly the product’s images', async () => {
    const { product, images } = await gallery();
    const [a, b, c] = images.map((i) => i.id);
    await reorderProductImages(ctx, { productId: product.id, imageIds: [c!, a!, b!] });
    expect((await listProductImages(ctx, product.id)).map((i) => i.id)).toEqual([c, a, b]);
    await expect(reorderProductImages(ctx, { productId: product.id, imageIds: [a!, b!] })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(reorderProductImages(ctx, { productId: product.id, imageIds: [a!, a!, b!] })).rejects.toMatchObject({ code: 'INVALID' });
    await reorderProductImages(ctx, { productId: product.id, imageIds: [c!, a!, b!] }); // the order it already has
    expect((await state(org, product.id)).map((i) => i.id)).toEqual([c, a, b]);
    const audit = await auditAbout(product.id, [a!, b!, c!]);
    expect(audit.map((r) => [r.action, r.oldValues, r.newValues])).toEqual([
      ['product.images_reordered', { imageIds: [a, b, c] }, { imageIds: [c, a, b] }],
    ]);
  });

  it('keeps exactly one primary image', async () => {
    const { product, images } = await gallery();
    await setPrimaryImage(ctx, { imageId: images[2]!.id });
    await setPrimaryImage(ctx, { imageId: images[2]!.id }); // again: no change
    expect((await state(org, product.id)).map((i) => i.isPrimary)).toEqual([false, false, true]);
    const audit = await auditAbout(product.id, images.map((i) => i.id));
    expect(audit.map((r) => [r.action, r.oldValues, r.newValues])).toEqual([
      ['product.primary_image_set', { primaryImageId: images[0]!.id }, { primaryImageId: images[2]!.id }],
    ]);
    const listed = await listProductImages(ctx, product.id);
    expect(listed[2]).toMatchObject({ isPrimary: true, url: `/api/files/${images[2]!.storageKey}`, thumbnailUrl: `/api/files/${images[2]!.thumbnailKey}` });
  });

  it('sets and clears alt text', async () => {
    const { product, images } = await gallery();
    await updateImageAlt(ctx, { imageId: images[0]!.id, altText: '  Red tee, front  ' });
    expect((await state(org, product.id))[0]!.altText).toBe('Red tee, front');
    await updateImageAlt(ctx, { imageId: images[0]!.id, altText: '' });
    expect((await state(org, product.id))[0]!.altText).toBeNull();
    await updateImageAlt(ctx, { imageId: images[0]!.id, altText: ' ' }); // still none: no change
    const audit = await auditAbout(product.id, images.map((i) => i.id));
    expect(audit.map((r) => [r.entityId, r.action, r.newValues])).toEqual([
      [images[0]!.id, 'product_image.alt_updated', { altText: 'Red tee, front', productId: product.id }],
      [images[0]!.id, 'product_image.alt_updated', { altText: null, productId: product.id }],
    ]);
  });

  it('deletes an image and its files; the next image becomes primary and variants showing it show none', async () => {
    const { product, variant, images } = await gallery();
    const [first, second] = images;
    await withOrg(org.id, (tx) => tx.update(productVariants).set({ imageId: first!.id }).where(eq(productVariants.id, variant.id)));
    await expect(deleteProductImage(ctx, { imageId: first!.id })).resolves.toEqual({ imageId: first!.id, nextPrimaryId: second!.id });
    expect((await state(org, product.id)).map((i) => [i.id, i.isPrimary])).toEqual([
      [second!.id, true],
      [images[2]!.id, false],
    ]);
    const [row] = await withOrg(org.id, (tx) => tx.select().from(productVariants).where(eq(productVariants.id, variant.id)));
    expect(row!.imageId).toBeNull();
    expect(await getStorage().get(first!.storageKey)).toBeNull();
    expect(await getStorage().get(first!.thumbnailKey)).toBeNull();
    expect(await getStorage().get(second!.storageKey)).not.toBeNull();
    const audit = await auditAbout(product.id, images.map((i) => i.id));
    expect(audit.map((r) => [r.entityId, r.action, r.newValues])).toEqual([[first!.id, 'product_image.deleted', { primaryImageId: second!.id }]]);
  });

  it("cannot read or change another organization's images", async () => {
    const { org: other, owner: otherOwner } = await createOrganization();
    const { product, images } = await gallery(other, await orgContextFor(otherOwner, other));
    const theirs = images[1]!.id;
    const before = await state(other, product.id);
    await expect(listProductImages(ctx, product.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(reorderProductImages(ctx, { productId: product.id, imageIds: images.map((i) => i.id).reverse() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setPrimaryImage(ctx, { imageId: theirs })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateImageAlt(ctx, { imageId: theirs, altText: 'mine' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteProductImage(ctx, { imageId: theirs })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Their images in our product's order are not ours either.
    const { product: mine } = await gallery();
    await expect(reorderProductImages(ctx, { productId: mine.id, imageIds: images.map((i) => i.id) })).rejects.toMatchObject({ code: 'INVALID' });
    expect(await state(other, product.id)).toEqual(before);
    expect(await getStorage().get(images[1]!.storageKey)).not.toBeNull();
    expect(await auditAbout(product.id, images.map((i) => i.id))).toEqual([]);
    expect(await auditAbout(mine.id, [])).toEqual([]);
  });

  it('refuses a member without catalog.manage', async () => {
    const { product, images } = await gallery();
    const courier = await orgContextFor(await addMember(org, 'courier'), org);
    const imageId = images[1]!.id;
    await expect(listProductImages(courier, product.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(reorderProductImages(courier, { productId: product.id, imageIds: images.map((i) => i.id).reverse() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setPrimaryImage(courier, { imageId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateImageAlt(courier, { imageId, altText: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deleteProductImage(courier, { imageId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await state(org, product.id)).map((i) => i.id)).toEqual(images.map((i) => i.id));
    expect(await auditAbout(product.id, images.map((i) => i.id))).toEqual([]);
  });
});
