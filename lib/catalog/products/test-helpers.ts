import { and, eq, sql } from 'drizzle-orm';
import { withGlobal, withPlatform } from '@/db/scope';
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

/** The audit rows recorded for one entity (optionally of one action), oldest first. */
export async function auditActionsFor(entityId: string, action?: string) {
  return withPlatform((tx) =>
    tx
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.entityId, entityId), action ? eq(auditLogs.action, action) : undefined))
      .orderBy(auditLogs.createdAt),
  );
}

/**
 * Resolves once another connection to this test database waits for a lock, i.e. the verb
 * started in parallel has reached the row the test's open transaction holds.
 */
export async function untilSomeoneWaitsForALock(timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = await withGlobal((tx) =>
      tx.execute<{ n: number }>(sql`
        select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where not l.granted and a.datname = current_database()`),
    );
    if (row!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('Nothing waited for a lock.');
}
