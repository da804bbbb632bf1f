import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { productAttributes, productRelations, products } from '@/db/schema';
import { conflict } from '@/lib/server/errors';
import type { CreateProductInput } from './schemas';

/** What createProduct and updateProduct share: the columns, child rows, unique keys and audit fields they write. */
export const SLUG_TAKEN = 'Another product already uses this URL slug.';
export const SKU_TAKEN = 'Another product already uses this SKU.';

/** The product columns the editor sets directly (the slug and child rows are handled by the verbs). */
export function productColumns(input: CreateProductInput) {
  const { slug: _slug, attributes: _attributes, relatedProductIds: _related, ...columns } = input;
  return columns;
}

/** Specifications and related products, in the order given, replacing what was there. */
export async function replaceProductChildren(
  tx: Tx,
  orgId: string,
  productId: string,
  input: Pick<CreateProductInput, 'attributes' | 'relatedProductIds'>,
) {
  await tx.delete(productAttributes).where(and(eq(productAttributes.organizationId, orgId), eq(productAttributes.productId, productId)));
  if (input.attributes.length > 0) {
    await tx
      .insert(productAttributes)
      .values(input.attributes.map((a, i) => ({ organizationId: orgId, productId, name: a.name, value: a.value, sortOrder: i })));
  }
  await tx
    .delete(productRelations)
    .where(and(eq(productRelations.organizationId, orgId), eq(productRelations.productId, productId), eq(productRelations.kind, 'related')));
  if (input.relatedProductIds.length > 0) {
    await tx
      .insert(productRelations)
      .values(
        input.relatedProductIds.map((id, i) => ({ organizationId: orgId, productId, relatedProductId: id, kind: 'related' as const, sortOrder: i })),
      );
  }
}

/** The specifications and live related products a product has now, as the editor sends them. */
export async function readProductChildren(tx: Tx, orgId: string, productId: string) {
  const attributes = await tx
    .select({ name: productAttributes.name, value: productAttributes.value })
    .from(productAttributes)
    .where(and(eq(productAttributes.organizationId, orgId), eq(productAttributes.productId, productId)))
    .orderBy(asc(productAttributes.sortOrder));
  // A link to a deleted product is not shown anywhere, so it does not count as one.
  const related = await tx
    .select({ id: productRelations.relatedProductId })
    .from(productRelations)
    .innerJoin(products, and(eq(products.organizationId, productRelations.organizationId), eq(products.id, productRelations.relatedProductId)))
    .where(
      and(
        eq(productRelations.organizationId, orgId),
        eq(productRelations.productId, productId),
        eq(productRelations.kind, 'related'),
        isNull(products.deletedAt),
      ),
    )
    .orderBy(asc(productRelations.sortOrder));
  return { attributes, relatedProductIds: related.map((r) => r.id) };
}

/** A unique-key violation as a conflict on the field that caused it; anything else is rethrown. */
export function rethrowUniqueConflict(e: unknown): never {
  if (isUniqueViolation(e, 'products_org_slug_key')) throw conflict(SLUG_TAKEN, { slug: [SLUG_TAKEN] });
  if (isUniqueViolation(e, 'products_org_sku_key')) throw conflict(SKU_TAKEN, { sku: [SKU_TAKEN] });
  throw e;
}

const AUDITED = [
  'name',
  'slug',
  'sku',
  'barcode',
  'brand',
  'shortDescription',
  'description',
  'basePrice',
  'salePrice',
  'costPrice',
  'taxRateBps',
  'weightGrams',
  'lengthMm',
  'widthMm',
  'heightMm',
  'status',
  'isFeatured',
  'isDigital',
  'requiresShipping',
  'allowBackorder',
  'minOrderQuantity',
  'maxOrderQuantity',
  'lowStockThreshold',
  'categoryId',
  'tags',
  'keywords',
  'metaTitle',
  'metaDescription',
] as const satisfies readonly (keyof CreateProductInput)[];

/** The fields an audit row keeps of a product, its specifications and related products included. */
export function auditSnapshot(
  p: Pick<CreateProductInput, Exclude<(typeof AUDITED)[number], 'slug'>> & { slug: string },
  children: Pick<CreateProductInput, 'attributes' | 'relatedProductIds'>,
): Record<string, unknown> {
  return {
    ...Object.fromEntries(AUDITED.map((key) => [key, p[key]])),
    attributes: children.attributes.map((a) => `${a.name}: ${a.value}`),
    relatedProductIds: children.relatedProductIds,
  };
}
