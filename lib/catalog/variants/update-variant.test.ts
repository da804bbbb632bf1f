import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { auditLogs, productImages, products, productVariants, type Organization, type User } from '@/db/schema';
import { createProduct, createWarehouse, setStock } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { auditActionsFor, untilSomeoneWaitsForALock } from '@/lib/catalog/products/test-helpers';
import { bulkUpdateVariants } from './bulk-update-variants';
import { listVariants } from './list-variants';
import { updateVariant } from './update-variant';

let org: Organization;
let owner: User;

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

const reload = async (o: Organization, id: string) => (await withOrg(o.id, (tx) => tx.select().from(productVariants).where(eq(productVariants.id, id))))[0]!;
const addImage = async (o: Organization, productId: string) =>
  (
    await withOrg(o.id, (tx) =>
      tx
        .insert(productImages)
        .values({ organizationId: o.id, productId, storageKey: 'orgs/x/a.webp', thumbnailKey: 'orgs/x/a-thumb.webp', width: 10, height: 10, byteSize: 10 })
        .returning(),
    )
  )[0]!;
const twoSizes = () =>
  createProduct(org, { basePrice: 2000 }, [
    { name: 'S', optionValues: { Size: 'S' } },
    { name: 'M', optionValues: { Size: 'M' } },
  ]);

describe('updateVariant', () => {
  it('sets an absolute price or a signed adjustment, in minor units of the currency', async () => {
    const { product, variant } = await twoSizes();
    const ctx = await orgContextFor(owner, org);
    await updateVariant(ctx, { variantId: variant.id, price: { mode: 'fixed', amount: '12,50' } });
    expect(await reload(org, variant.id)).toMatchObject({ price: 1250, priceAdjustment: 0 });
    let [listed] = (await listVariants(ctx, product.id)).variants;
    expect(listed!.effectivePrice).toBe(1250);

    await updateVariant(ctx, { variantId: variant.id, price: { mode: 'adjustment', amount: '-2.5' } });
    expect(await reload(org, variant.id)).toMatchObject({ price: null, priceAdjustment: -250 });
    [listed] = (await listVariants(ctx, product.id)).variants;
    expect(listed!.effectivePrice).toBe(1750);

    const [audit] = await withOrg(org.id, (tx) => tx.select().from(auditLogs).where(and(eq(auditLogs.entityId, variant.id), eq(auditLogs.action, 'variant.updated'))).limit(1));
    expect(audit?.newValues).toMatchObject({ price: 1250, productId: product.id });
  });

  it('refuses amounts the currency cannot hold, negative prices and adjustments below zero', async () => {
    const { variant } = await twoSizes();
    const ctx = await orgContextFor(owner, org);
    const refused = (amount: string, mode: 'fixed' | 'adjustment' = 'fixed') => updateVariant(ctx, { variantId: variant.id, price: { mode, amount } });
    await expect(refused('1.999')).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { 'price.amount': [expect.stringContaining('12.50')] } });
    await expect(refused('-1')).rejects.toThrow('A price cannot be negative.');
    await expect(refused('-20.01', 'adjustment')).rejects.toThrow('This adjustment would make the price negative.');
    expect(await reload(org, variant.id)).toMatchObject({ price: null, priceAdjustment: 0 });

    const { org: yenOrg, owner: yenOwner } = await createOrganization({ defaultCurrency: 'JPY' });
    const { variant: yen } = await createProduct(yenOrg, { basePrice: 1500, currency: 'JPY' });
    const yenCtx = await orgContextFor(yenOwner, yenOrg);
    await expect(updateVariant(yenCtx, { variantId: yen.id, price: { mode: 'fixed', amount: '12.5' } })).rejects.toMatchObject({ code: 'INVALID' });
    await updateVariant(yenCtx, { variantId: yen.id, price: { mode: 'fixed', amount: '1200' } });
    expect((await reload(yenOrg, yen.id)).price).toBe(1200);
  });

  it('keeps SKUs unique within the organization, with the error on the field', async () => {
    const { variants } = await twoSizes();
    const ctx = await orgContextFor(owner, org);
    await updateVariant(ctx, { variantId: variants[0]!.id, sku: 'TEE-S', barcode: '4006381333931' });
    await expect(updateVariant(ctx, { variantId: variants[1]!.id, sku: 'TEE-S' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { sku: ['Another variant already uses this SKU.'] },
    });
    expect((await reload(org, variants[1]!.id)).sku).toBeNull();
    await updateVariant(ctx, { variantId: variants[0]!.id, sku: '' }); // cleared
    expect(await reload(org, variants[0]!.id)).toMatchObject({ sku: null, barcode: '4006381333931' });

    const { org: other, owner: otherOwner } = await createOrganization();
    const { variant: theirs } = await createProduct(other);
    await updateVariant(await orgContextFor(otherOwner, other), { variantId: theirs.id, sku: 'TEE-S' }); // another org may use it
  });

  it("takes one of the product's own images, and refuses another product's", async () => {
    const { product, variant } = await twoSizes();
    const { product: otherProduct } = await createProduct(org);
    const ctx = await orgContextFor(owner, org);
    const own = await addImage(org, product.id);
    const foreign = await addImage(org, otherProduct.id);
    await updateVariant(ctx, { variantId: variant.id, imageId: own.id, isActive: false });
    expect(await reload(org, variant.id)).toMatchObject({ imageId: own.id, isActive: false });
    await expect(updateVariant(ctx, { variantId: variant.id, imageId: foreign.id })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { imageId: ["Choose one of this product's images."] },
    });
    await updateVariant(ctx, { variantId: variant.id, imageId: null });
    expect((await reload(org, variant.id)).imageId).toBeNull();
  });

  it("cannot read or change another organization's variants", async () => {
    const { org: other } = await createOrganization();
    const { product, variant } = await createProduct(other);
    const ctx = await orgContextFor(owner, org);
    await expect(updateVariant(ctx, { variantId: variant.id, sku: 'MINE' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listVariants(ctx, product.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(bulkUpdateVariants(ctx, { productId: product.id, variantIds: [variant.id], isActive: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await reload(other, variant.id)).toMatchObject({ sku: null, isActive: true });
  });

  it('refuses a change that waited for the product to be deleted, and changes nothing', async () => {
    const { product, variant } = await twoSizes();
    const ctx = await orgContextFor(owner, org);
    // What deleteProducts does, held open while the change starts.
    const { saving } = await withOrg(org.id, async (tx) => {
      await tx.update(products).set({ deletedAt: new Date() }).where(eq(products.id, product.id));
      await tx.update(productVariants).set({ deletedAt: new Date() }).where(eq(productVariants.productId, product.id));
      const saving = updateVariant(ctx, { variantId: variant.id, sku: 'AFTER-DELETE' }).catch((e: unknown) => e);
      await untilSomeoneWaitsForALock();
      return { saving };
    });
    expect(await saving).toMatchObject({ code: 'NOT_FOUND' });
    expect((await reload(org, variant.id)).sku).toBeNull();
    expect(await auditActionsFor(variant.id)).toEqual([]);
  });

  it('refuses a member without the permission', async () => {
    const { product, variant } = await twoSizes();
    const courier = await orgContextFor(await addMember(org, 'courier'), org);
    await expect(updateVariant(courier, { variantId: variant.id, isActive: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(bulkUpdateVariants(courier, { productId: product.id, variantIds: [variant.id], isActive: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listVariants(courier, product.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await reload(org, variant.id)).isActive).toBe(true);
  });
});

describe('listVariants', () => {
  it('lists variants in order with stock per warehouse', async () => {
    const { product, variants } = await twoSizes();
    const [main, backup] = [await createWarehouse(org, { name: 'A main' }), await createWarehouse(org, { name: 'B backup' })];
    await setStock(org, { warehouseId: main.id, productId: product.id, variantId: variants[0]!.id }, 5, { reserved: 1 });
    await setStock(org, { warehouseId: backup.id, productId: product.id, variantId: variants[0]!.id }, 2);
    const { variants: listed, product: summary } = await listVariants(await orgContextFor(owner, org), product.id);
    expect(summary).toMatchObject({ id: product.id, currency: 'USD', price: 2000 });
    expect(listed.map((v) => v.name)).toEqual(['S', 'M']);
    expect(listed[0]!.stock).toEqual([
      { warehouseId: main.id, warehouseName: 'A main', quantity: 5, reserved: 1, available: 4 },
      { warehouseId: backup.id, warehouseName: 'B backup', quantity: 2, reserved: 0, available: 2 },
    ]);
    expect([listed[0]!.totalAvailable, listed[1]!.totalAvailable]).toEqual([6, 0]);
  });
});
