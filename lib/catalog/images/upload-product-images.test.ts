import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  // This suite's uploads go to a throwaway folder, not the dev server's .data/uploads.
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? '/tmp'}/product-images-test-${process.pid}-${Date.now()}`;
});

import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { and, asc, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { auditLogs, productImages, products, type Organization, type User } from '@/db/schema';
import { createProduct } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { getStorage } from '@/lib/storage';
import { UploadProductImagesInput } from './schemas';
import { uploadProductImages } from './upload-product-images';

const image = async (format: 'png' | 'jpeg', width: number, height: number) =>
  new Uint8Array(await sharp({ create: { width, height, channels: 3, background: '#c0392b' } })[format]().toBuffer());
const file = (bytes: Uint8Array | string, name: string, type = 'image/png') => new File([bytes as BlobPart], name, { type });

const rows = (o: Organization, productId: string) =>
  withOrg(o.id, (tx) => tx.select().from(productImages).where(eq(productImages.productId, productId)).orderBy(asc(productImages.sortOrder)));
/** What is on disk for a product: the proof that a refused upload stored nothing. */
const storedFiles = async (o: Organization, productId: string) =>
  readdir(path.join(process.env.UPLOAD_DIR!, 'orgs', o.id, 'products', productId)).catch(() => [] as string[]);

let org: Organization;
let owner: User;
let png: Uint8Array;
let jpeg: Uint8Array;

afterAll(() => rm(process.env.UPLOAD_DIR!, { recursive: true, force: true }));

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
  [png, jpeg] = await Promise.all([image('png', 800, 600), image('jpeg', 3000, 1500)]);
});

describe('uploadProductImages', () => {
  it('stores resized WebP copies and thumbnails, writes their rows in order, and makes the first one primary', async () => {
    const { product } = await createProduct(org);
    const ctx = await orgContextFor(owner, org);
    const { images } = await uploadProductImages(ctx, { productId: product.id, files: [file(png, 'front.png'), file(jpeg, 'back.jpg', 'image/jpeg')] });
    expect(images.map((i) => [i.sortOrder, i.isPrimary, i.width, i.height])).toEqual([
      [0, true, 800, 600],
      [1, false, 2000, 1000],
    ]);
    const [first] = images;
    expect(first!.storageKey).toMatch(new RegExp(`^orgs/${org.id}/products/${product.id}/[0-9a-f]{24}\\.webp$`));
    expect(first!.thumbnailKey).toBe(first!.storageKey.replace('.webp', '-thumb.webp'));
    const stored = await getStorage().get(first!.storageKey);
    expect(stored?.contentType).toBe('image/webp');
    expect(stored!.bytes.byteLength).toBe(first!.byteSize);
    expect((await sharp((await getStorage().get(first!.thumbnailKey))!.bytes).metadata()).width).toBe(400);
    expect(await storedFiles(org, product.id)).toHaveLength(4);

    const { images: more } = await uploadProductImages(ctx, { productId: product.id, files: [file(png, 'side.png')] });
    expect(more[0]).toMatchObject({ sortOrder: 2, isPrimary: false });
    const audit = await withOrg(org.id, (tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, product.id), eq(auditLogs.action, 'product.images_uploaded'))));
    expect(audit).toHaveLength(2);
    expect(audit[0]!.newValues).toMatchObject({ images: [{ file: 'front.png' }, { file: 'back.jpg' }] });
  });

  it('refuses a batch with a text file or an oversized image, naming the file, and stores nothing', async () => {
    const { product } = await createProduct(org);
    const ctx = await orgContextFor(owner, org);
    await expect(uploadProductImages(ctx, { productId: product.id, files: [file(png, 'ok.png'), file('just some notes', 'notes.txt', 'text/plain')] })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { files: ['notes.txt: Upload a PNG, JPEG, WebP or GIF image. Nothing was uploaded.'] },
    });
    const huge = new Uint8Array(10 * 1024 * 1024 + 1);
    huge.set(png.subarray(0, 16));
    await expect(uploadProductImages(ctx, { productId: product.id, files: [file(png, 'ok.png'), file(huge, 'huge.png')] })).rejects.toThrow(
      'huge.png: Images can be at most 10 MB. Nothing was uploaded.',
    );
    await expect(uploadProductImages(ctx, { productId: product.id, files: [file('<svg onload="x"/>', 'logo.svg', 'image/svg+xml')] })).rejects.toThrow(/logo\.svg: SVG files are not accepted/);
    expect(await rows(org, product.id)).toEqual([]);
    expect(await storedFiles(org, product.id)).toEqual([]);
  });

  it('removes the stored files again when the rows cannot be written', async () => {
    const { product } = await createProduct(org);
    const storage = getStorage();
    const put = storage.put.bind(storage);
    // The product disappears while the files are being stored: the transaction then refuses.
    const spy = vi.spyOn(storage, 'put').mockImplementation(async (...args) => {
      await withOrg(org.id, (tx) => tx.update(products).set({ deletedAt: new Date() }).where(eq(products.id, product.id)));
      return put(...args);
    });
    try {
      await expect(uploadProductImages(await orgContextFor(owner, org), { productId: product.id, files: [file(png, 'a.png')] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(spy).toHaveBeenCalledTimes(2); // the image and its thumbnail were stored...
    } finally {
      spy.mockRestore();
    }
    expect(await storedFiles(org, product.id)).toEqual([]); // ...and removed again
    expect(await rows(org, product.id)).toEqual([]);
  });

  it('keeps a product at 20 images at most, and a request at 10 files', async () => {
    const { product } = await createProduct(org);
    await withOrg(org.id, (tx) =>
      tx.insert(productImages).values(
        Array.from({ length: 19 }, (_, i) => ({ organizationId: org.id, productId: product.id, storageKey: `orgs/${org.id}/x${i}.webp`, thumbnailKey: `orgs/${org.id}/x${i}-thumb.webp`, width: 1, height: 1, byteSize: 1, sortOrder: i })),
      ),
    );
    const ctx = await orgContextFor(owner, org);
    await expect(uploadProductImages(ctx, { productId: product.id, files: [file(png, 'a.png'), file(png, 'b.png')] })).rejects.toThrow(
      'A product can have at most 20 images. This one has 19, so you can add 1 more.',
    );
    expect(await storedFiles(org, product.id)).toEqual([]);
    const { images } = await uploadProductImages(ctx, { productId: product.id, files: [file(png, 'a.png')] });
    expect(images[0]).toMatchObject({ sortOrder: 19, isPrimary: true }); // none of the 19 was primary
    const eleven = Array.from({ length: 11 }, (_, i) => file(png, `${i}.png`));
    expect(UploadProductImagesInput.safeParse({ productId: product.id, files: eleven }).error?.issues[0]?.message).toBe('Upload at most 10 images at a time.');
  });

  it("cannot add images to another organization's product", async () => {
    const { org: other } = await createOrganization();
    const { product } = await createProduct(other);
    await expect(uploadProductImages(await orgContextFor(owner, org), { productId: product.id, files: [file(png, 'a.png')] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await rows(other, product.id)).toEqual([]);
    expect(await storedFiles(other, product.id)).toEqual([]);
    expect(await storedFiles(org, product.id)).toEqual([]);
  });

  it('refuses a member without catalog.manage', async () => {
    const { product } = await createProduct(org);
    const courier = await addMember(org, 'courier');
    await expect(uploadProductImages(await orgContextFor(courier, org), { productId: product.id, files: [file(png, 'a.png')] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await storedFiles(org, product.id)).toEqual([]);
  });
});
