import { eq } from 'drizzle-orm';
import { withPlatform } from '@/db/scope';
import { auditLogs } from '@/db/schema';
import { CreateProductInput } from './schemas';

/** A valid editor submission (server units), with `overrides` applied before parsing. */
export function productInput(overrides: Partial<Record<keyof CreateProductInput, unknown>> = {}): CreateProductInput {
  return CreateProductInput.parse({
    name: 'Linen Shirt',
    slug: null,
    sku: null,
    barcode: null,
    brand: null,
    shortDescription: null,
    description: null,
    basePrice: 4500,
    salePrice: null,
    costPrice: null,
    taxRateBps: 0,
    weightGrams: null,
    lengthMm: null,
    widthMm: null,
    heightMm: null,
    status: 'draft',
    isFeatured: false,
    isDigital: false,
    requiresShipping: true,
    allowBackorder: false,
    minOrderQuantity: 1,
    maxOrderQuantity: null,
    lowStockThreshold: 10,
    categoryId: null,
    tags: [],
    keywords: [],
    attributes: [],
    metaTitle: null,
    metaDescription: null,
    relatedProductIds: [],
    ...overrides,
  });
}

/** The audit actions recorded for one entity, oldest first. */
export async function auditActionsFor(entityId: string) {
  const rows = await withPlatform((tx) => tx.select().from(auditLogs).where(eq(auditLogs.entityId, entityId)).orderBy(auditLogs.createdAt));
  return rows;
}
