import 'server-only';
import { and, eq, inArray, isNull, like, or } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { productAttributes, productRelations, products } from '@/db/schema';
import { lockCategory } from '@/lib/catalog/categories/internal';
import { CATALOG_SLUG_MAX, catalogSlugFor } from '@/lib/catalog/slug';
import { AppError, conflict, invalid } from '@/lib/server/errors';
import { escapeLike } from '@/lib/server/list-query';
import type { CreateProductInput } from './schemas';

/** What createProduct and updateProduct share: checks on references, child rows, and unique keys. */
export const SLUG_TAKEN = 'Another product already uses this URL slug.';
export const SKU_TAKEN = 'Another product already uses this SKU.';
export const CATEGORY_NOT_FOUND = 'That category was not found. Choose another.';
export const RELATED_NOT_FOUND = 'Some related products were not found. Pick them again.';

/** The product columns the editor sets directly (the slug and child rows are handled by the verbs). */
export function productColumns(input: CreateProductInput) {
  const { slug: _slug, attributes: _attributes, relatedProductIds: _related, ...columns } = input;
  return columns;
}

/**
 * The category must be one of this organization's (NotFound otherwise), shown next to the field.
 * Share-locked until commit, so a parallel delete cannot leave the product in a deleted category.
 */
export async function checkCategory(tx: Tx, orgId: string, categoryId: string | null) {
  if (!categoryId) return;
  try {
    await lockCategory(tx, orgId, categoryId, 'share');
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', CATEGORY_NOT_FOUND, { categoryId: [CATEGORY_NOT_FOUND] });
    throw e;
  }
}

/** Related products must be this organization's live products, and not the product itself. */
export async function checkRelated(tx: Tx, orgId: string, ids: string[], selfId?: string) {
  if (selfId && ids.includes(selfId)) {
    const message = 'A product cannot be related to itself.';
    throw invalid(message, { relatedProductIds: [message] });
  }
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.organizationId, orgId), inArray(products.id, ids), isNull(products.deletedAt)));
  if (found.length !== ids.length) throw new AppError('NOT_FOUND', RELATED_NOT_FOUND, { relatedProductIds: [RELATED_NOT_FOUND] });
}

/** The name's slug, or the first free `<slug>-2`, `-3`… among this organization's live products. */
export async function freeSlug(tx: Tx, orgId: string, name: string): Promise<string> {
  const base = catalogSlugFor(name, 'product')
    .slice(0, CATALOG_SLUG_MAX - 6)
    .replace(/-+$/, '');
  const rows = await tx
    .select({ slug: products.slug })
    .from(products)
    .where(
      and(eq(products.organizationId, orgId), isNull(products.deletedAt), or(eq(products.slug, base), like(products.slug, `${escapeLike(base)}-%`))),
    );
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
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

export const SOME_NOT_FOUND = 'Some of the selected products no longer exist. Refresh the list and try again.';

/**
 * Locks the selected products of this organization for a bulk change; if any id is not one of
 * its live products (another tenant's, deleted, made up) it throws NotFound and nothing changes.
 */
export async function lockSelectedProducts(tx: Tx, orgId: string, ids: string[]) {
  const rows = await tx
    .select({ id: products.id, status: products.status, categoryId: products.categoryId })
    .from(products)
    .where(and(eq(products.organizationId, orgId), inArray(products.id, ids), isNull(products.deletedAt)))
    .for('update');
  if (rows.length !== ids.length) throw new AppError('NOT_FOUND', SOME_NOT_FOUND);
  return rows;
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
