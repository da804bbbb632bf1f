import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { withOrg } from '@/db/scope';
import { productAttributes, productRelations, products, productVariants } from '@/db/schema';
import { createCategory, createProduct as createProductRow } from '@/db/test/catalog-factories';
import { addMember, createOrganization, orgContextFor } from '@/db/test/factories';
import { createProduct } from './create-product';
import { productFormSchema } from './form-schema';
import { CreateProductInput } from './schemas';
import { newProductFormValues } from './form-values';
import { CATEGORY_NOT_FOUND, RELATED_NOT_FOUND } from './product-checks';
import { SKU_TAKEN, SLUG_TAKEN } from './product-writes';
import { auditActionsFor, productInput } from './test-helpers';

async function productsOf(orgId: string) {
  return withOrg(orgId, (tx) => tx.select().from(products).where(eq(products.organizationId, orgId)));
}

describe('createProduct', () => {
  it('creates the product in the org currency with its default variant, specifications, related products and an audit row', async () => {
    const { org, owner } = await createOrganization({ defaultCurrency: 'KWD' });
    const ctx = await orgContextFor(owner, org);
    const category = await createCategory(org);
    const { product: other } = await createProductRow(org, { name: 'Linen Trousers' });
    // What the editor sends after its own schema: typed decimals → integers.
    const input = productFormSchema('KWD').parse({
      ...newProductFormValues(),
      name: 'Linen Shirt',
      sku: 'LS-1',
      basePrice: '12.345',
      salePrice: '9.5',
      taxRateBps: '18',
      weightGrams: '0.35',
      lengthMm: '70',
      status: 'active',
      categoryId: category.id,
      tags: ['summer', ' Summer '],
      attributes: [
        { name: 'Material', value: 'Linen' },
        { name: 'Fit', value: 'Regular' },
      ],
      relatedProductIds: [other.id],
    });
    const created = await createProduct(ctx, input);
    expect(created.slug).toBe('linen-shirt');

    const { product, variants, attributes, related } = await withOrg(org.id, async (tx) => ({
      product: (await tx.select().from(products).where(eq(products.id, created.id)))[0]!,
      variants: await tx.select().from(productVariants).where(eq(productVariants.productId, created.id)),
      attributes: await tx
        .select()
        .from(productAttributes)
        .where(eq(productAttributes.productId, created.id))
        .orderBy(asc(productAttributes.sortOrder)),
      related: await tx.select().from(productRelations).where(eq(productRelations.productId, created.id)),
    }));
    expect(product).toMatchObject({
      organizationId: org.id,
      currency: 'KWD',
      basePrice: 12345,
      salePrice: 9500,
      price: 9500,
      taxRateBps: 1800,
      weightGrams: 350,
      lengthMm: 700,
      tags: ['summer'],
      categoryId: category.id,
      createdById: owner.id,
      updatedById: owner.id,
    });
    expect(product.publishedAt).toBeInstanceOf(Date);
    expect(variants).toEqual([expect.objectContaining({ name: 'Default', isDefault: true, optionValues: {} })]);
    expect(attributes.map((a) => [a.name, a.value])).toEqual([
      ['Material', 'Linen'],
      ['Fit', 'Regular'],
    ]);
    expect(related).toEqual([expect.objectContaining({ relatedProductId: other.id, kind: 'related' })]);
    const audit = await auditActionsFor(created.id);
    expect(audit.map((a) => a.action)).toEqual(['product.created']);
    expect(audit[0]!.newValues).toMatchObject({ name: 'Linen Shirt', basePrice: 12345, currency: 'KWD' });
  });

  it('suggests a free slug from the name and leaves drafts unpublished', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const first = await createProduct(ctx, productInput({ name: 'Café Crème' }));
    const second = await createProduct(ctx, productInput({ name: 'Cafe creme!' }));
    expect([first.slug, second.slug]).toEqual(['cafe-creme', 'cafe-creme-2']);
    const rows = await productsOf(org.id);
    expect(rows.every((r) => r.publishedAt === null && r.status === 'draft')).toBe(true);
  });

  it('gives products created at the same time with one name their own slugs', async () => {
    const { org, owner } = await createOrganization();
    const ctx = await orgContextFor(owner, org);
    const created = await Promise.all(Array.from({ length: 5 }, () => createProduct(ctx, productInput({ name: 'Linen Shirt' }))));
    expect(created.map((c) => c.slug).sort()).toEqual(['linen-shirt', 'linen-shirt-2', 'linen-shirt-3', 'linen-shirt-4', 'linen-shirt-5']);
    expect(await productsOf(org.id)).toHaveLength(5);
  });

  it('refuses a slug or SKU another product of the organization uses, next to the field', async () => {
    const { org, owner } = await createOrganization();
    const { org: other } = await createOrganization();
    await createProductRow(other, { slug: 'mug', sku: 'MUG-1' }); // another tenant's keys do not count
    const ctx = await orgContextFor(owner, org);
    await createProduct(ctx, productInput({ slug: 'mug', sku: 'MUG-1' }));
    await expect(createProduct(ctx, productInput({ slug: 'mug', sku: 'MUG-2' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { slug: [SLUG_TAKEN] },
    });
    await expect(createProduct(ctx, productInput({ slug: 'mug-2', sku: 'MUG-1' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { sku: [SKU_TAKEN] },
    });
    expect(await productsOf(org.id)).toHaveLength(1);
  });

  it("refuses another organization's category or related product, writing nothing", async () => {
    const { org, owner } = await createOrganization();
    const { org: other } = await createOrganization();
    const theirCategory = await createCategory(other);
    const { product: theirProduct } = await createProductRow(other);
    const ctx = await orgContextFor(owner, org);
    await expect(createProduct(ctx, productInput({ categoryId: theirCategory.id }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      fieldErrors: { categoryId: [CATEGORY_NOT_FOUND] },
    });
    await expect(createProduct(ctx, productInput({ relatedProductIds: [theirProduct.id] }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      fieldErrors: { relatedProductIds: [RELATED_NOT_FOUND] },
    });
    expect(await productsOf(org.id)).toEqual([]);
  });

  it('refuses couriers and sellers', async () => {
    const { org } = await createOrganization();
    for (const role of ['courier', 'seller'] as const) {
      const member = await addMember(org, role);
      await expect(createProduct(await orgContextFor(member, org), productInput())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await productsOf(org.id)).toEqual([]);
  });

  it('refuses invalid input field by field (the action validates before the verb runs)', () => {
    const result = CreateProductInput.safeParse({
      ...productInput(),
      basePrice: 12.5,
      costPrice: -1,
      minOrderQuantity: 0,
      slug: 'not a slug!',
      tags: Array.from({ length: 31 }, (_, i) => `t${i}`),
      relatedProductIds: Array.from({ length: 21 }, (_, i) => `prod_${i}`),
    });
    const fields = new Set(result.error?.issues.map((i) => i.path[0]));
    expect([...fields].sort()).toEqual(['basePrice', 'costPrice', 'minOrderQuantity', 'relatedProductIds', 'slug', 'tags']);
  });
});
