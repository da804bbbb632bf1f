import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? '/tmp'}/product-images-actions-${process.pid}-${Date.now()}`;
});

import { rm } from 'node:fs/promises';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { productImages, type Organization, type User } from '@/db/schema';
import { createProduct } from '@/db/test/catalog-factories';
import { createOrganization } from '@/db/test/factories';

// The action resolves the signed-in user from the session; here it is the organization's owner.
const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/auth/current-user', () => ({ requireUser: async () => session.user, getCurrentUser: async () => session.user }));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));

const { uploadProductImagesAction } = await import('./actions');

let org: Organization;
let png: File;

afterAll(() => rm(process.env.UPLOAD_DIR!, { recursive: true, force: true }));

beforeAll(async () => {
  const created = await createOrganization();
  org = created.org;
  session.user = created.owner;
  const bytes = await sharp({ create: { width: 30, height: 30, channels: 3, background: '#16a085' } }).png().toBuffer();
  png = new File([new Uint8Array(bytes)], 'tile.png', { type: 'image/png' });
});

const form = (productId: string, files: File[]) => {
  const data = new FormData();
  data.set('productId', productId);
  for (const file of files) data.append('files', file);
  return data;
};

describe('uploadProductImagesAction', () => {
  it('takes FormData with several files and refreshes the storefronts', async () => {
    const { product } = await createProduct(org);
    const result = await uploadProductImagesAction(org.slug, form(product.id, [png, png]));
    expect(result.data?.images).toHaveLength(2);
    expect(revalidatePath).toHaveBeenCalledTimes(1);
  });

  it('answers a field error for too many files or a missing file, writing nothing', async () => {
    const { product } = await createProduct(org);
    revalidatePath.mockClear();
    const tooMany = await uploadProductImagesAction(org.slug, form(product.id, Array.from({ length: 11 }, () => png)));
    expect(tooMany.error).toMatchObject({ code: 'INVALID', fieldErrors: { files: ['Upload at most 10 images at a time.'] } });
    const none = await uploadProductImagesAction(org.slug, form(product.id, []));
    expect(none.error?.fieldErrors?.files).toEqual(['Choose at least one image.']);
    const text = await uploadProductImagesAction(org.slug, form(product.id, [new File(['hello'], 'a.txt', { type: 'text/plain' })]));
    expect(text.error?.fieldErrors?.files?.[0]).toMatch(/^a\.txt: Upload a PNG/);
    expect(await withOrg(org.id, (tx) => tx.select().from(productImages).where(eq(productImages.productId, product.id)))).toEqual([]);
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
