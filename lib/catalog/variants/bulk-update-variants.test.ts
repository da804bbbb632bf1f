import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { productVariants, type Organization, type User } from '@/db/schema';
import { createProduct } from '@/db/test/catalog-factories';
import { createOrganization, orgContextFor } from '@/db/test/factories';
import { auditActionsFor } from '@/lib/catalog/products/test-helpers';
import { bulkUpdateVariants } from './bulk-update-variants';
import { listVariants } from './list-variants';
import { updateVariant } from './update-variant';

let org: Organization;
let owner: User;

beforeAll(async () => {
  ({ org, owner } = await createOrganization());
});

const reload = async (o: Organization, id: string) => (await withOrg(o.id, (tx) => tx.select().from(productVariants).where(eq(productVariants.id, id))))[0]!;
const twoSizes = () =>
  createProduct(org, { basePrice: 2000 }, [
    { name: 'S', optionValues: { Size: 'S' } },
    { name: 'M', optionValues: { Size: 'M' } },
  ]);

describe('bulkUpdateVariants', () => {
  it('sets one price for several variants, or none of them when an id is not this product’s', async () => {
    const { product, variants } = await twoSizes();
    const { variant: stranger } = await createProduct(org);
    const ctx = await orgContextFor(owner, org);
    const ids = variants.map((v) => v.id);
    await expect(bulkUpdateVariants(ctx, { productId: product.id, variantIds: [...ids, stranger.id], price: { mode: 'fixed', amount: '9' } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await reload(org, ids[0]!)).price).toBeNull();
    await expect(bulkUpdateVariants(ctx, { productId: product.id, variantIds: ids, price: { mode: 'fixed', amount: '9' }, isActive: false })).resolves.toEqual({ updated: 2 });
    const listed = (await listVariants(ctx, product.id)).variants;
    expect(listed.map((v) => [v.effectivePrice, v.isActive])).toEqual([[900, false], [900, false]]);
  });

  it('audits what each variant had before, and writes nothing when every variant already has the change', async () => {
    const { product, variants } = await twoSizes();
    const ctx = await orgContextFor(owner, org);
    const [small, medium] = variants.map((v) => v.id) as [string, string];
    await updateVariant(ctx, { variantId: small, price: { mode: 'fixed', amount: '15' } });
    await expect(bulkUpdateVariants(ctx, { productId: product.id, variantIds: [small, medium], price: { mode: 'adjustment', amount: '1' } })).resolves.toEqual({ updated: 2 });
    const [audit, ...more] = await auditActionsFor(product.id, 'variant.bulk_updated');
    expect(more).toEqual([]);
    expect(audit!.oldValues).toEqual({
      variants: [
        { id: small, name: 'S', price: 1500, priceAdjustment: 0 },
        { id: medium, name: 'M', price: null, priceAdjustment: 0 },
      ],
    });
    expect(audit!.newValues).toEqual({ variantIds: [small, medium], price: null, priceAdjustment: 100 });

    await expect(bulkUpdateVariants(ctx, { productId: product.id, variantIds: [small, medium], price: { mode: 'adjustment', amount: '1' } })).resolves.toEqual({ updated: 0 });
    await expect(bulkUpdateVariants(ctx, { productId: product.id, variantIds: [small], isActive: true })).resolves.toEqual({ updated: 0 });
    expect(await auditActionsFor(product.id, 'variant.bulk_updated')).toHaveLength(1);
  });
});
